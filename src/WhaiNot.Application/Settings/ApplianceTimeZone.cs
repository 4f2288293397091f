namespace WhaiNot.Application.Settings;

/// <summary>
/// The OCMW's time zone (<see cref="ApplianceOptions.TimeZone"/>), looked up once at start-up and
/// registered as a singleton, so every date a person reads (reports, letters, periods of figures and
/// parity) uses the same zone and an unknown name stops the start instead of failing a request.
/// </summary>
public sealed class ApplianceTimeZone
{
    public ApplianceTimeZone(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>Looks the configured name up in the system's zone database (IANA names on Linux and Windows).</summary>
    /// <exception cref="UnknownTimeZoneException">No zone has that name on this system.</exception>
    public static ApplianceTimeZone Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new UnknownTimeZoneException(SettingsTexts.TimeZoneMissing);
        }

        try
        {
            return new ApplianceTimeZone(TimeZoneInfo.FindSystemTimeZoneById(id));
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new UnknownTimeZoneException(SettingsTexts.UnknownTimeZone(id), ex);
        }
    }

    /// <summary>Midnight at the start of <paramref name="day"/> in this zone: the bound of a period of whole days.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight));
    }

    /// <summary>The calendar day <paramref name="instant"/> falls on in this zone.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
