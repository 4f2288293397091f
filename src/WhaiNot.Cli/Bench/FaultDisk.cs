using System.Diagnostics;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// A small tmpfs for the throw-away appliance's data folder (needs root), and a way to fill it to
/// the last byte and free it again: the disk-full fault. Without root there is no such disk and the
/// bench says so; it never fakes the fault.
/// </summary>
internal sealed class FaultDisk : IDisposable
{
    private const string Filler = "vulling.bin";

    private FaultDisk(string mountPoint) => MountPoint = mountPoint;

    public string MountPoint { get; }

    private string FillerPath => Path.Combine(MountPoint, Filler);

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB; null (with the reason) when that is not possible here.</summary>
    public static FaultDisk? TryMount(int megabytes, out string? reason)
    {
        var mountPoint = Directory.CreateTempSubdirectory("whainot-faults-disk-").FullName;
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", mountPoint);
        if (code == 0)
        {
            reason = null;
            return new FaultDisk(mountPoint);
        }

        Directory.Delete(mountPoint);
        reason = $"geen tmpfs van {megabytes} MB (root nodig): {output.Trim()}";
        return null;
    }

    /// <summary>Writes a filler file until the disk refuses another byte.</summary>
    public long Fill()
    {
        var block = new byte[1 << 20];
        long written = 0;
        using var filler = new FileStream(FillerPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        foreach (var size in new[] { 1 << 20, 4096, 1 })
        {
            try
            {
                while (true)
                {
                    filler.Write(block, 0, size);
                    written += size;
                }
            }
            catch (IOException)
            {
                // Full at this block size: go on with smaller blocks to the last byte.
            }
        }

        return written;
    }

    public void Free() => File.Delete(FillerPath);

    public void Dispose()
    {
        Run("umount", "-l", MountPoint);
        try
        {
            Directory.Delete(MountPoint, recursive: true);
        }
        catch (IOException)
        {
            // Still busy; the lazy unmount frees it.
        }
    }

    private static (int Code, string Output) Run(string file, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }
}
