using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>The confirmation letter after a revocation, as PDF and DOCX.</summary>
public sealed class RevocationLetterTests : NorthWorkerTest
{
    [Fact]
    public async Task Letter_AsPdf_ShouldSayWhatStoppedWhatWasDeletedAndWhomToContact()
    {
        var (revocation, dossier) = await RevokeAsync(legalHold: false);

        using var response = await Worker.GetAsync($"/api/revocations/{revocation}/letter?format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = PdfText(bytes);
        Assert.Contains(dossier.Client.FullName, text, StringComparison.Ordinal);
        Assert.Contains("telefonisch", text, StringComparison.Ordinal);
        Assert.Contains("hebben we gewist", text, StringComparison.Ordinal);
        Assert.Contains("blijven in uw dossier", text, StringComparison.Ordinal);
        Assert.Contains("functionaris voor gegevensbescherming", text, StringComparison.Ordinal);
        Assert.Contains("An Peeters", text, StringComparison.Ordinal);
        Assert.Contains("Voorbeeldstad", text, StringComparison.Ordinal);
        Assert.Contains("klacht", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_UnderLegalHold_ShouldSayTheDataIsKeptByLaw()
    {
        var (revocation, _) = await RevokeAsync(legalHold: true);

        var text = PdfText(await Worker.GetByteArrayAsync($"/api/revocations/{revocation}/letter"));

        Assert.Contains("volgens de wet nog bewaren", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hebben we gewist", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_AsDocx_ShouldHoldTheSameText()
    {
        var (revocation, dossier) = await RevokeAsync(legalHold: false);

        var bytes = await Worker.GetByteArrayAsync($"/api/revocations/{revocation}/letter?format=docx");

        using var zip = new ZipArchive(new MemoryStream(bytes));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains(dossier.Client.FullName, xml, StringComparison.Ordinal);
        Assert.Contains("Wat verandert er?", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_ForAnotherTeam_ShouldNotBeFound()
    {
        var (revocation, _) = await RevokeAsync(legalHold: false);
        using var other = Appliance.ClientWithToken(await Appliance.TokenAsync("worker", "Sociale dienst Zuid"));

        using var response = await other.GetAsync($"/api/revocations/{revocation}/letter");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(Guid Revocation, Domain.Dossiers.Dossier Dossier)> RevokeAsync(bool legalHold)
    {
        var dossier = Store.Dossiers.ListForTeam(Store.Accounts.FindTeam(North)!.Id)[legalHold ? 1 : 0];
        if (legalHold)
        {
            using var lead = Appliance.ClientWithToken(await Appliance.TokenAsync("teamlead", North));
            (await lead.PutAsJsonAsync($"/api/dossiers/{dossier.Id}/legal-hold", new { legalHold = true })).EnsureSuccessStatusCode();
        }

        var conversation = (await CreateConversationAsync(dossier.Id)).GetProperty("id").GetGuid();
        await PutConsentAsync(conversation, true, true, true);
        var outcome = await (await Worker.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/revocations", new { channel = "telefoon" })).Content.ReadFromJsonAsync<JsonElement>();
        return (outcome.GetProperty("id").GetGuid(), dossier);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
