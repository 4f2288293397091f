using System.Globalization;

namespace WhaiNot.Domain.Terms;

/// <summary>A term's length in calendar days or in calendar months.</summary>
public sealed record TermLength(int Amount, bool InMonths)
{
    public static TermLength Days(int days) => new(days, InMonths: false);

    public static TermLength Months(int months) => new(months, InMonths: true);

    public override string ToString() =>
        Amount.ToString(CultureInfo.InvariantCulture) + (InMonths ? " months" : " days");
}
