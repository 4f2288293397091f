namespace WhaiNot.Cli.Eval;

/// <summary>
/// The project's own test conversations for speaker attribution: six intakes, each with another
/// pair of espeak-ng voices (man–woman, but also two men and two women, which lie closer), one with
/// a third voice (an interpreter). Made at run time; nothing is committed as audio.
/// </summary>
internal static class SpeakerEvalSet
{
    private static readonly string[] WorkerLines =
    [
        "Goeiemorgen, fijn dat u er bent. Waarmee kan ik u vandaag helpen?",
        "Dat begrijp ik. Hebt u op dit moment een inkomen uit werk of een uitkering?",
        "Hoeveel betaalt u elke maand voor de huur en de energie?",
        "Dan bekijken we samen uw uitgaven en uw schulden.",
        "Brengt u uw loonbrieven mee naar de volgende afspraak?",
        "Ik noteer dat u sinds maart geen werk meer hebt.",
        "We kunnen een aanvraag doen voor een tussenkomst in de huur.",
        "Is er nog iets anders dat u wilt vertellen?",
    ];

    private static readonly string[] ClientLines =
    [
        "Ik kom voor mijn huur. Dat lukt niet meer sinds ik ziek ben.",
        "Ik werk halftijds in een winkel, en mijn zoon woont bij mij.",
        "De huur is zeshonderdvijftig euro, en de elektriciteit nog eens tachtig.",
        "Er is ook een factuur van het ziekenhuis die ik niet kon betalen.",
        "Ja, dat doe ik. Ik heb ze thuis in een map.",
        "Mijn moeder helpt soms, maar zij heeft ook niet veel.",
        "Dat zou echt een grote hulp zijn voor ons.",
        "Nee, dank u wel voor de hulp.",
    ];

    private static readonly string[] OtherLines =
    [
        "Ik vertaal even voor mevrouw, zij begrijpt het niet helemaal.",
        "Ze zegt dat ze de brief van de huisbaas niet heeft gekregen.",
        "Ze vraagt of ze ook hulp kan krijgen voor de school van haar zoon.",
    ];

    public static IReadOnlyList<SyntheticConversation> Create()
    {
        var pairs = new (string Name, SyntheticVoice Worker, SyntheticVoice Client, SyntheticVoice? Other)[]
        {
            ("m3-f2", new("nl+m3", 45, 160), new("nl+f2", 60, 150), null),
            ("f3-m1", new("nl+f3", 55, 165), new("nl+m1", 40, 145), null),
            ("m2-m7", new("nl+m2", 35, 155), new("nl+m7", 65, 175), null),
            ("f1-f4", new("nl+f1", 70, 150), new("nl+f4", 40, 170), null),
            ("m5-f5", new("nl+m5", 50, 140), new("nl+f5", 50, 160), null),
            ("m3-f2+m6", new("nl+m3", 45, 160), new("nl+f2", 60, 150), new("nl+m6", 75, 180)),
        };
        var conversations = new List<SyntheticConversation>();
        for (var p = 0; p < pairs.Length; p++)
        {
            var (name, worker, client, other) = pairs[p];
            var voices = new Dictionary<SpeakerRole, SyntheticVoice> { [SpeakerRole.Worker] = worker, [SpeakerRole.Client] = client };
            var script = new List<(SpeakerRole, string)>();
            for (var i = 0; i < WorkerLines.Length; i++)
            {
                script.Add((SpeakerRole.Worker, WorkerLines[(i + p) % WorkerLines.Length]));
                script.Add((SpeakerRole.Client, ClientLines[(i + p) % ClientLines.Length]));
                if (other is not null && i % 3 == 1)
                {
                    script.Add((SpeakerRole.Other, OtherLines[i / 3 % OtherLines.Length]));
                }
            }

            if (other is not null)
            {
                voices[SpeakerRole.Other] = other;
            }

            // The worker opens, as in an OCMW intake; the first line stays the greeting.
            script[0] = (SpeakerRole.Worker, WorkerLines[0]);
            conversations.Add(SyntheticConversation.Create(name, voices, script, seed: 17 + p));
        }

        return conversations;
    }
}
