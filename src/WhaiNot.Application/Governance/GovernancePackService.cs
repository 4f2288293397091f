using System.Globalization;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Retention;
using WhaiNot.Application.Settings;
using WhaiNot.Documents;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Ocmw;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Governance;

/// <summary>
/// The DPO's governance pack: the DPIA/FRIA input and the GDPR art. 30 register entry with the
/// box's actual facts filled in (retention as configured, security as built, models and hashes
/// used, consent and revocation figures, KPI values with their stop-signals, open questions).
/// </summary>
public sealed class GovernancePackService(
    RetentionService retention,
    AiLogService aiLog,
    KpiService kpis,
    ParityService parity,
    OcmwProfileStore ocmwProfile,
    AuditLog audit,
    TimeProvider time,
    ApplianceTimeZone timeZone,
    IOptions<ApplianceOptions> options)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public OcmwDocument Compose(UserAccount dpo)
    {
        ArgumentNullException.ThrowIfNull(dpo);
        var policy = retention.Policy;
        var profile = ocmwProfile.Get();
        var ocmw = profile.IsComplete ? profile : OcmwProfile.Empty with { Name = options.Value.OcmwName };
        var consent = parity.ConsentStatistics();
        var kpiReport = kpis.For(dpo, null, null);
        var register = aiLog.Register();
        var chain = audit.Verify();
        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), timeZone.Zone).ToString("d MMMM yyyy", Dutch);
        var retentionLines = new[]
        {
            $"Audio, uitschrift en ontwerpen: gewist zodra het verslag gevalideerd is, en uiterlijk {policy.AudioMaxDays} dagen na het gesprek; waarschuwing {policy.WarningDays} dagen vooraf.",
            policy.KeepCitedFragments
                ? "De fragmenten van het uitschrift die een gevalideerd verslag aanhaalt, blijven bij dat verslag."
                : "Ook de fragmenten die het verslag aanhaalt, worden met het uitschrift gewist.",
            $"Gevalideerde verslagen: {policy.ReportYears} jaar na validatie aan vernietiging toe; alleen gewist na bevestiging door de DPO.",
            $"AI-logboek (zonder inhoud): {Math.Max(policy.AiLogMonths, Domain.Retention.RetentionPolicy.MinimumAiLogMonths)} maanden.",
            "Dossiers onder wettelijke bewaarplicht: niets gewist zolang de bewaarplicht loopt.",
        };
        var models = register.Count == 0
            ? ["Nog geen ontwerp door een engine gemaakt."]
            : register.Select(l => $"{l.Engine}{(l.Model is null ? "" : $" met model {l.Model}")}{(l.ModelSha256 is null ? "" : $" (SHA-256 {l.ModelSha256})")}, sjabloon {l.TemplateId} versie {l.TemplateVersion}: {l.Drafts} ontwerp(en), eerst op {Day(l.FirstUsed)}, laatst op {Day(l.LastUsed)}.").ToList();
        var consentLines = new[]
        {
            $"Gesprekken met een keuze van de cliënt: {consent.Conversations}.",
            $"Toestemming voor opname: {consent.Recording} ({Percent(consent.RecordingRate)}); uitschrift: {consent.Transcription} ({Percent(consent.TranscriptionRate)}); AI-hulp: {consent.AiDrafting} ({Percent(consent.AiDraftingRate)}).",
            $"Intrekkingen: {consent.Revocations}.",
        };
        var kpiRows = kpiReport.Kpis.Select(k => new KeyValueRow(k.Label, $"{k.Display} (grens {Threshold(k)}){(k.Crossed ? " — STOP-SIGNAAL" : "")}")).ToList();

        audit.Append(dpo.Username, AuditAction.GovernancePack, null, $"stopSignals={kpiReport.StopSignals.Count}");
        return new OcmwDocument
        {
            Title = GovernancePackTexts.Title,
            Metadata = [$"Datum: {today}", ocmw.Name],
            Blocks =
            [
                new Paragraph(GovernancePackTexts.Intro),
                new Heading("Register van verwerkingsactiviteiten (art. 30 AVG)"),
                new KeyValueTable(
                [
                    new KeyValueRow("Verwerking", GovernancePackTexts.ProcessingName),
                    new KeyValueRow("Verwerkingsverantwoordelijke", ocmw.Name),
                    new KeyValueRow("Functionaris voor gegevensbescherming", string.IsNullOrWhiteSpace(ocmw.DpoContact) ? "(nog in te vullen in het OCMW-profiel)" : ocmw.DpoContact.Replace('\n', ' ')),
                    new KeyValueRow("Doeleinden", string.Join(" ", GovernancePackTexts.Purposes)),
                    new KeyValueRow("Rechtsgronden", string.Join(" ", GovernancePackTexts.LegalBases)),
                    new KeyValueRow("Betrokkenen", GovernancePackTexts.DataSubjects),
                    new KeyValueRow("Categorieën van gegevens", string.Join(" ", GovernancePackTexts.DataCategories)),
                    new KeyValueRow("Ontvangers", GovernancePackTexts.Recipients),
                    new KeyValueRow("Doorgifte buiten de EU", GovernancePackTexts.ThirdCountries),
                    new KeyValueRow("Bewaartermijnen", string.Join(" ", retentionLines)),
                    new KeyValueRow("Beveiliging", "Zie hieronder: maatregelen zoals gebouwd."),
                ]),
                new Heading("Doeleinden"),
                new BulletList(GovernancePackTexts.Purposes),
                new Heading("Categorieën van gegevens"),
                new BulletList(GovernancePackTexts.DataCategories),
                new Heading("Bewaartermijnen zoals ingesteld"),
                new BulletList(retentionLines),
                new Heading("Beveiligingsmaatregelen zoals gebouwd"),
                new BulletList([.. GovernancePackTexts.Security, chain.IsIntact ? $"Auditlog: {chain.EntriesChecked} regels nagekeken, keten intact." : $"Auditlog: keten gebroken bij regel {chain.FirstBrokenSequence}. Onderzoek dit."]),
                new Heading("Gebruikte modellen en sjablonen (AI-register)"),
                new BulletList(models),
                new Heading("Toestemming en intrekking"),
                new BulletList(consentLines),
                new Heading($"KPI's van {Day(kpiReport.From)} tot {Day(kpiReport.To)}"),
                new KeyValueTable(kpiRows),
                kpiReport.StopSignals.Count > 0 ? new BulletList(kpiReport.StopSignals) : new Paragraph("Geen stop-signalen in deze periode."),
                new Heading("Nog te beantwoorden door het OCMW"),
                new BulletList(GovernancePackTexts.OpenQuestions),
            ],
            Footer = ocmw.Name,
            Logo = ocmw.Logo,
        };
    }

    private static string Day(DateTimeOffset at) => at.ToString("d MMMM yyyy", Dutch);

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Dutch);

    private static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.#", Dutch) + "%" : "geen gegevens";

    private static string Threshold(Domain.Kpis.Kpi kpi) =>
        kpi.Id.StartsWith("time-to-report", StringComparison.Ordinal) ? kpi.Threshold.ToString("0.#", Dutch) + " uur"
        : kpi.Id is "parity-signals" or "incidents" ? kpi.Threshold.ToString(Dutch)
        : (kpi.Threshold * 100).ToString("0.#", Dutch) + "%";
}
