namespace WhaiNot.Application.Settings;

/// <summary>What IT reads when a setting can't be used (Dutch).</summary>
internal static class SettingsTexts
{
    public const string TimeZoneMissing = "De instelling Appliance:TimeZone is leeg. Geef de tijdzone van het OCMW op, bijvoorbeeld \"Europe/Brussels\".";

    public static string UnknownTimeZone(string id) =>
        $"De tijdzone '{id}' (Appliance:TimeZone) bestaat niet op dit systeem. Gebruik een IANA-naam, bijvoorbeeld \"Europe/Brussels\".";
}
