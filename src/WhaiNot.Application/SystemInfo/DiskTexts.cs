using System.Globalization;

namespace WhaiNot.Application.SystemInfo;

/// <summary>What the worker and IT read about a (nearly) full disk.</summary>
public static class DiskTexts
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static string TooFullToRecord(DiskState disk) =>
        $"De schijf van de appliance is bijna vol (nog {Megabytes(disk.FreeBytes)} vrij). Er kan nu geen nieuwe opname starten; " +
        "de opnames die al bewaard zijn, blijven bewaard. Vraag de IT-dienst om ruimte te maken, of werk verder zonder opname.";

    public static string NearlyFullWarning(DiskState disk, string folder) =>
        $"Schijf bijna vol: nog {Megabytes(disk.FreeBytes)} vrij in {folder}. Onder {Megabytes(disk.MinimumFreeBytes)} start er geen nieuwe opname meer.";

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N0", Dutch) + " MB";
}
