using System.Text;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Drafting.Llm;

/// <summary>The instructions and the transcript excerpt for one section (Dutch: the model writes Dutch).</summary>
internal static class SectionPrompt
{
    public static string System(DraftTemplate template, TemplateSection section) =>
        $"""
        Je bent een assistent van een maatschappelijk werker van een OCMW. Je schrijft een ontwerp van de sectie "{section.Heading}" van een {template.Title}.
        {section.Description}
        Regels:
        - Schrijf alleen feiten die in de gegeven gespreksfragmenten gezegd worden, kort en zakelijk, in de derde persoon (mevrouw, meneer, de cliënt).
        - Schrijf getallen, bedragen en data in cijfers, precies zoals ze gezegd werden.
        - Geef bij elke zin de id's van de fragmenten waarop ze steunt.
        - Geen oordelen, geen gevoelens of diagnoses die niemand uitsprak, geen advies, geen voorstel.
        - Vragen, begroetingen en uitleg van de maatschappelijk werker zijn geen feiten.
        - Staat er niets over deze sectie in de fragmenten, geef dan een lege lijst.
        """;

    public static string User(IEnumerable<TranscriptSegment> segments)
    {
        var text = new StringBuilder("Gespreksfragmenten (id, spreker, tekst):\n");
        foreach (var segment in segments)
        {
            text.Append(Line(segment));
        }

        return text.ToString();
    }

    /// <summary>One segment as the model sees it; the engine counts its tokens to fill the context.</summary>
    public static string Line(TranscriptSegment segment) => $"{segment.Id} [{SpeakerWord(segment.Speaker)}] {segment.Text}\n";

    private static string SpeakerWord(Speaker speaker) => speaker switch
    {
        Speaker.Worker => "maatschappelijk werker",
        Speaker.Client => "cliënt",
        Speaker.Other => "andere",
        _ => "onbekend",
    };
}
