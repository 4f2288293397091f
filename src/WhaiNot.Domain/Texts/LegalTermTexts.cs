using System.Globalization;

namespace WhaiNot.Domain.Texts;

/// <summary>What the legal terms say to a worker (Dutch, B1): names, rules, notes and refusals of the procedure dates.</summary>
public static class LegalTermTexts
{
    public const string DecisionTitle = "Beslissing over de aanvraag";
    public const string NotificationTitle = "Kennisgeving van de beslissing";
    public const string AppealTitle = "Beroepstermijn van de cliënt";
    public const string GpmiDrawnUpTitle = "GPMI opmaken";
    public const string GpmiEvaluationTitle = "GPMI evalueren";
    public const string ForwardingTitle = "Aanvraag doorsturen naar het bevoegde OCMW";

    public const string DecisionSocialIntegrationRule = "Het OCMW beslist binnen 30 dagen na de aanvraag van het leefloon.";
    public const string DecisionSocialServicesRule = "Het OCMW beslist binnen een maand na de aanvraag van maatschappelijke dienstverlening.";
    public const string NotificationRule = "Het OCMW laat de cliënt de beslissing weten binnen 8 dagen na de beslissing.";
    public const string AppealRule = "De cliënt kan in beroep gaan bij de arbeidsrechtbank, binnen 3 maanden na de kennisgeving. Staat een verplichte vermelding niet in de brief, dan begint die termijn niet te lopen.";
    public const string GpmiDrawnUpRule = "Het GPMI wordt opgemaakt binnen 3 maanden na de toekenning van het leefloon.";
    public const string GpmiEvaluationRule = "Het GPMI wordt minstens één keer per trimester geëvalueerd. We rekenen 3 maanden na de vorige evaluatie, of na de ondertekening als er nog geen evaluatie was.";
    public const string ForwardingRule = "Is dit OCMW niet bevoegd? Dan stuurt het de aanvraag binnen 5 kalenderdagen door naar het bevoegde OCMW.";

    public const string Saturday = "een zaterdag";
    public const string Sunday = "een zondag";

    public const string NewYear = "Nieuwjaar";
    public const string EasterMonday = "Paasmaandag";
    public const string LabourDay = "Dag van de Arbeid";
    public const string Ascension = "O.L.H. Hemelvaart";
    public const string WhitMonday = "Pinkstermaandag";
    public const string NationalDay = "Nationale feestdag";
    public const string Assumption = "O.L.V. Hemelvaart";
    public const string AllSaints = "Allerheiligen";
    public const string Armistice = "Wapenstilstand";
    public const string Christmas = "Kerstmis";

    public const string NotifiedBeforeDecision = "De kennisgeving kan niet vóór de beslissing liggen.";
    public const string NotificationWithoutDecision = "Vul eerst de datum van de beslissing in.";
    public const string DecisionBeforeRequest = "De beslissing kan niet vóór de aanvraag liggen.";
    public const string GrantBeforeRequest = "De toekenning kan niet vóór de aanvraag liggen.";
    public const string ForwardedBeforeRequest = "De aanvraag kan niet doorgestuurd zijn vóór ze binnenkwam.";
    public const string ForwardedWhileCompetent = "Een datum van doorsturen hoort alleen bij een aanvraag waarvoor dit OCMW niet bevoegd is.";
    public const string EvaluatedBeforeGpmi = "De evaluatie van het GPMI kan niet vóór de ondertekening liggen.";
    public const string GpmiWithoutSocialIntegration = "Een GPMI hoort bij een leefloon. Kies eerst die soort hulp.";
    public const string AidKindMissing = "Kies de soort hulp (leefloon of maatschappelijke dienstverlening): die bepaalt de termijnen.";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", Dutch);

    public static string Holiday(string name) => $"een wettelijke feestdag ({name})";

    public static string MovedByJudicialCode(DateOnly calendarEnd, string what, DateOnly shown) =>
        $"De termijn eindigt op {Day(calendarEnd)}, {what}. Volgens art. 53 Ger.W. schuift de laatste dag dan naar de eerstvolgende werkdag: {Day(shown)}.";

    public static string MaybeMoved(DateOnly calendarEnd, string what) =>
        $"{Day(calendarEnd)} is {what}. Of de termijn dan naar de volgende werkdag schuift, is voor deze termijn niet zeker. Daarom tonen we de vroegste datum.";

    public static string OtherMonthReading(DateOnly other) =>
        $"Volgens een andere lezing van art. 54 Ger.W. loopt de termijn tot {Day(other)}. We tonen de vroegste datum.";

    public static string InTheFuture(DateOnly day) => $"De datum {Day(day)} ligt in de toekomst. Vul alleen data in van wat al gebeurd is.";
}
