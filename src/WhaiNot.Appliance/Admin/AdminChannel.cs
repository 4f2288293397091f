using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Admin;

/// <summary>
/// The local admin channel for the `whainot` CLI while the service runs: plain HTTP on a Unix
/// domain socket in the data folder (folder 0700, socket 0600, so only the service account and root
/// reach it), plus a random token in keys/admin.token that every request must carry. The /admin
/// endpoints answer 404 on any TCP connection, token or not: the network never sees them.
/// </summary>
public sealed class AdminChannel
{
    public const string TokenHeader = "X-WhaiNot-Admin-Token";
    public const string ActorHeader = "X-WhaiNot-Actor";

    /// <summary>Unix socket paths are limited to about 107 bytes; a longer data folder gets no channel.</summary>
    public const int MaxSocketPathLength = 100;

    private readonly byte[] _token;

    private AdminChannel(string socketPath, byte[] token)
    {
        SocketPath = socketPath;
        _token = token;
    }

    public string SocketPath { get; }

    /// <summary>Writes a fresh token and clears a stale socket (we hold the folder lock, so no other service uses it).</summary>
    public static AdminChannel? Prepare(DataFolder folder)
    {
        if (folder.AdminSocketPath.Length > MaxSocketPathLength)
        {
            return null;
        }

        var token = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        if (File.Exists(folder.AdminTokenPath))
        {
            File.Delete(folder.AdminTokenPath);
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(folder.AdminTokenPath, options))
        {
            stream.Write(token);
        }

        if (File.Exists(folder.AdminSocketPath))
        {
            File.Delete(folder.AdminSocketPath);
        }

        return new AdminChannel(folder.AdminSocketPath, token);
    }

    /// <summary>After Kestrel made the socket: owner only (the folder is already private; belt and braces).</summary>
    public void RestrictSocket()
    {
        if (!OperatingSystem.IsWindows() && File.Exists(SocketPath))
        {
            File.SetUnixFileMode(SocketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>True only for a request that came in on the socket and carries the token.</summary>
    public bool Admits(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A TCP connection has a local IP address; the Unix socket has none.
        if (context.Connection.LocalIpAddress is not null || context.Connection.RemoteIpAddress is not null)
        {
            return false;
        }

        var given = context.Request.Headers[TokenHeader].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(given), _token);
    }

    /// <summary>The CLI's actor as the audit log names it: always "cli:…", whatever the header says.</summary>
    public static string ActorOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claimed = context.Request.Headers[ActorHeader].ToString();
        var name = new string(claimed.Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ':').Take(64).ToArray());
        if (name.StartsWith("cli:", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        return "cli:" + (name.Length == 0 ? "onbekend" : name);
    }

    /// <summary>For tests and the CLI: a socket endpoint for the folder.</summary>
    public static UnixDomainSocketEndPoint EndPoint(DataFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new UnixDomainSocketEndPoint(folder.AdminSocketPath);
    }
}
