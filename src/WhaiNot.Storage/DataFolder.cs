namespace WhaiNot.Storage;

/// <summary>
/// Everything the box keeps lives under one folder. Paths resolve command line, then the
/// WHAINOT_DATA environment variable, then the platform default of the packaged install.
/// </summary>
public sealed class DataFolder
{
    public const string EnvironmentVariable = "WHAINOT_DATA";

    public DataFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, "whainot.db");

    public string KeysFolder => Path.Combine(Root, "keys");

    public string MasterKeyPath => Path.Combine(KeysFolder, "master.key");

    public string CertificatesFolder => Path.Combine(Root, "certs");

    public string DataProtectionFolder => Path.Combine(Root, "keys", "data-protection");

    public string ModelsFolder => Path.Combine(Root, "models");

    public string ConversationKeysFolder => Path.Combine(Root, "keys", "conversations");

    public string AudioFolder => Path.Combine(Root, "audio");

    public string RuntimeFolder => Path.Combine(Root, "runtime");

    /// <summary>The local admin channel: a Unix domain socket the running service listens on (see docs/operations.md).</summary>
    public string AdminSocketPath => Path.Combine(Root, "admin.sock");

    /// <summary>The admin channel's secret, made anew at every service start, readable by the service account only.</summary>
    public string AdminTokenPath => Path.Combine(KeysFolder, "admin.token");

    public string DemoCredentialsPath => Path.Combine(Root, "demo-credentials.json");

    public static DataFolder Resolve(string? fromCommandLine) =>
        new(fromCommandLine
            ?? Environment.GetEnvironmentVariable(EnvironmentVariable)
            ?? PlatformDefault());

    public static string PlatformDefault() => OperatingSystem.IsWindows()
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "WhaiNot")
        : "/var/lib/whainot";

    /// <summary>Creates the folder (and the key folder) readable by the owner only.</summary>
    public void EnsureCreated()
    {
        CreatePrivateDirectory(Root);
        CreatePrivateDirectory(KeysFolder);
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // On Windows the installer sets the ACL of the data folder; children inherit it.
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
