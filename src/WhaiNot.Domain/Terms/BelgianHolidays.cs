using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Terms;

/// <summary>
/// The ten legal holidays of Belgium (wet van 4 januari 1974 betreffende de feestdagen), computed for
/// any year; Easter by the Gregorian computus. These are the "wettelijke feestdagen" of art. 53
/// Ger.W. Community holidays such as 11 July are no legal holidays in that sense and don't count.
/// </summary>
public static class BelgianHolidays
{
    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The legal holidays of <paramref name="year"/> with their Dutch names, in date order.</summary>
    public static IReadOnlyList<(DateOnly Day, string Name)> Of(int year)
    {
        var easter = EasterSunday(year);
        return new List<(DateOnly Day, string Name)>
        {
            (new DateOnly(year, 1, 1), LegalTermTexts.NewYear),
            (easter.AddDays(1), LegalTermTexts.EasterMonday),
            (new DateOnly(year, 5, 1), LegalTermTexts.LabourDay),
            (easter.AddDays(39), LegalTermTexts.Ascension),
            (easter.AddDays(50), LegalTermTexts.WhitMonday),
            (new DateOnly(year, 7, 21), LegalTermTexts.NationalDay),
            (new DateOnly(year, 8, 15), LegalTermTexts.Assumption),
            (new DateOnly(year, 11, 1), LegalTermTexts.AllSaints),
            (new DateOnly(year, 11, 11), LegalTermTexts.Armistice),
            (new DateOnly(year, 12, 25), LegalTermTexts.Christmas),
        }.OrderBy(h => h.Day).ToList();
    }

    /// <summary>The Dutch name of the legal holiday on this day, or null.</summary>
    public static string? HolidayOn(DateOnly day) =>
        Of(day.Year).Where(h => h.Day == day).Select(h => h.Name).FirstOrDefault();

    /// <summary>Why this day is no working day, in Dutch ("een zondag", "een wettelijke feestdag (Kerstmis)"), or null on a working day.</summary>
    public static string? WhyNoWorkingDay(DateOnly day) =>
        HolidayOn(day) is { } name ? LegalTermTexts.Holiday(name)
        : day.DayOfWeek switch
        {
            DayOfWeek.Saturday => LegalTermTexts.Saturday,
            DayOfWeek.Sunday => LegalTermTexts.Sunday,
            _ => null,
        };

    public static bool IsWorkingDay(DateOnly day) => WhyNoWorkingDay(day) is null;

    /// <summary>This day when it is a working day, else the first working day after it.</summary>
    public static DateOnly NextWorkingDay(DateOnly day)
    {
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
