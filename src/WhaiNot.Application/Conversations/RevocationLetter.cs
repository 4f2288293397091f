using System.Globalization;
using WhaiNot.Documents;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Ocmw;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Application.Conversations;

/// <summary>
/// Builds the plain-language confirmation letter after a revocation: what stopped, what was deleted
/// (or kept under a legal hold, and why), what stays in the dossier, whom to contact.
/// </summary>
public static class RevocationLetter
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static OcmwDocument Compose(RevocationLetterTexts texts, Revocation revocation, Dossier dossier, string workerName, OcmwProfile ocmw, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(ocmw);
        ArgumentNullException.ThrowIfNull(revocation);
        ArgumentNullException.ThrowIfNull(dossier);
        // Non-breaking spaces keep "22 november 2026" on one line.
        var date = TimeZoneInfo.ConvertTime(revocation.EffectiveAt, zone).ToString("d MMMM yyyy", Dutch).Replace(' ', '\u00A0');
        var ocmwName = ocmw.Name;
        var dpo = texts.DpoContact.Replace("{ocmw}", ocmwName, StringComparison.Ordinal);
        if (!string.IsNullOrWhiteSpace(ocmw.DpoContact))
        {
            dpo += $" ({OneLine(ocmw.DpoContact)})";
        }

        string Fill(string text) => text
            .Replace("{aanhef}", PlainText.Printable(dossier.Client.FullName), StringComparison.Ordinal)
            .Replace("{datum}", date, StringComparison.Ordinal)
            .Replace("{kanaal}", revocation.Channel.Describe(), StringComparison.Ordinal)
            .Replace("{werker}", workerName, StringComparison.Ordinal)
            .Replace("{dpo}", dpo, StringComparison.Ordinal)
            .Replace("{ocmw}", ocmwName, StringComparison.Ordinal)
            .Replace("{dossier}", PlainText.Printable(dossier.Reference), StringComparison.Ordinal)
            .Replace("{klacht}", OneLine(ocmw.ComplaintContact), StringComparison.Ordinal);
        DocumentBlock[] complaint = string.IsNullOrWhiteSpace(ocmw.ComplaintContact) || texts.Complaint is null ? [] : [new Paragraph(Fill(texts.Complaint))];

        return new OcmwDocument
        {
            Title = Fill(texts.Title),
            Metadata = string.IsNullOrWhiteSpace(ocmw.Address)
                ? [$"Datum: {date}", $"Dossier: {dossier.Reference}", ocmwName]
                : [$"Datum: {date}", $"Dossier: {dossier.Reference}", ocmwName, OneLine(ocmw.Address)],
            Blocks =
            [
                new Paragraph(Fill(texts.Greeting)),
                new Paragraph(Fill(texts.Opening)),
                new Heading(Fill(texts.ChangesHeading)),
                new BulletList(
                [
                    Fill(texts.Stopped),
                    Fill(revocation.LegalHold ? texts.KeptForLegalHold : texts.Deleted),
                    Fill(texts.ValidatedReportsKept),
                    Fill(texts.SameHelp),
                ]),
                new Paragraph(Fill(texts.Again)),
                new Paragraph(Fill(texts.Contact)),
                .. complaint,
                new Paragraph(Fill(texts.Closing)),
                new Signature(workerName, Fill(texts.SignatureRole)),
            ],
            Footer = ocmwName,
            Logo = ocmw.Logo,
        };
    }

    private static string OneLine(string text) => string.Join(", ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
