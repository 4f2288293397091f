namespace WhaiNot.Appliance.Hosting;

/// <summary>
/// The start-up flags of the contract (--data DIR, --demo, --urls URL). --demo takes no value, which
/// the configuration command-line provider can't express, so it is taken out here.
/// </summary>
public sealed record ApplianceArguments(string? DataFolder, bool Demo, string[] Remaining)
{
    public static ApplianceArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? data = null;
        var demo = false;
        var remaining = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--demo":
                    demo = true;
                    break;
                case "--data" when i + 1 < args.Length:
                    data = args[++i];
                    break;
                case "--data":
                    throw new StartupException(2, "--data verwacht een map, bijvoorbeeld --data /var/lib/whainot.");
                default:
                    if (args[i].StartsWith("--data=", StringComparison.Ordinal))
                    {
                        data = args[i]["--data=".Length..];
                    }
                    else
                    {
                        remaining.Add(args[i]);
                    }

                    break;
            }
        }

        return new ApplianceArguments(data, demo, remaining.ToArray());
    }
}
