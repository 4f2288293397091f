using WhaiNot.Domain.Dossiers;

namespace WhaiNot.Appliance.Demo;

/// <summary>Fictitious clients for the demo OCMW. Names and numbers are made up; the numbers carry a correct check digit, as a real one must.</summary>
internal static class DemoClients
{
    public static IEnumerable<(Guid Team, string Reference, ClientProfile Client)> All(Guid north, Guid south)
    {
        yield return (north, "SD-2026-0101", new ClientProfile("Marieke Verhaegen", "91021512391", new DateOnly(1991, 2, 15)));
        yield return (north, "SD-2026-0102", new ClientProfile("Youssef Benali", "88110723426", new DateOnly(1988, 11, 7)));
        yield return (north, "SD-2026-0103", new ClientProfile("Greta Van den Broeck", "57060334528", new DateOnly(1957, 6, 3)));
        yield return (south, "SD-2026-0201", new ClientProfile("Koen Dierickx", "79122845659", new DateOnly(1979, 12, 28)));
        yield return (south, "SD-2026-0202", new ClientProfile("Amina Diallo", "95090956757", new DateOnly(1995, 9, 9)));
    }
}
