using LiteDB;
using WhaiNot.Security.Keys;
using WhaiNot.Storage.Audit;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// The encrypted LiteDB file and the master key that opens it. Opening never creates a key next to
/// an existing database and never rewrites a file it can't read: a missing key or a foreign file is
/// an error for a person to look at, not something to paper over.
/// </summary>
public sealed class ApplianceStore : IDisposable
{
    private const int SchemaVersion = 1;

    private readonly DataFolderLock _lock;

    private ApplianceStore(DataFolder folder, DataFolderLock folderLock, MasterKey masterKey, LiteDatabase database, TimeProvider time)
    {
        _lock = folderLock;
        Folder = folder;
        MasterKey = masterKey;
        Database = database;
        Keys = new DataKeyStore(database, KeyWrapper.FromMasterKey(masterKey), time);
        Audit = new AuditLog(database, masterKey, time);
        Accounts = new AccountRepository(database);
        Dossiers = new DossierRepository(database, Keys);
        Meta = new MetaStore(database);
        ConversationKeys = new ConversationKeyVault(folder.ConversationKeysFolder, KeyWrapper.FromMasterKey(masterKey));
        Conversations = new ConversationRepository(database, ConversationKeys);
        Audio = new AudioChunkStore(folder.AudioFolder, ConversationKeys);
        Transcripts = new TranscriptStore(database, ConversationKeys);
        Reports = new ReportRepository(database, ConversationKeys, Keys);
        Templates = new TemplateStore(database);
        Appointments = new AppointmentRepository(database, Keys);
        Actions = new FollowUpActionRepository(database, Keys);
        ProcedureDates = new ProcedureDatesRepository(database);
        OcmwProfile = new OcmwProfileStore(database);
        Models = new ImportedModelStore(database);
        VoiceProfiles = new VoiceProfileStore(database, Keys, time);
        RetentionJournal = new RetentionJournal(database);
        KeptFragments = new KeptFragmentStore(database, Keys);
        AiLog = new AiLogStore(database);
    }

    public DataFolder Folder { get; }

    public MasterKey MasterKey { get; }

    public DataKeyStore Keys { get; }

    public AuditLog Audit { get; }

    public AccountRepository Accounts { get; }

    public DossierRepository Dossiers { get; }

    public MetaStore Meta { get; }

    public ConversationKeyVault ConversationKeys { get; }

    public ConversationRepository Conversations { get; }

    public AudioChunkStore Audio { get; }

    public TranscriptStore Transcripts { get; }

    public ReportRepository Reports { get; }

    public TemplateStore Templates { get; }

    public AppointmentRepository Appointments { get; }

    public FollowUpActionRepository Actions { get; }

    public ProcedureDatesRepository ProcedureDates { get; }

    public OcmwProfileStore OcmwProfile { get; }

    public ImportedModelStore Models { get; }

    public VoiceProfileStore VoiceProfiles { get; }

    public RetentionJournal RetentionJournal { get; }

    public KeptFragmentStore KeptFragments { get; }

    public AiLogStore AiLog { get; }

    internal LiteDatabase Database { get; }

    /// <summary>Half-written audio chunks (from a crash) removed when this store opened.</summary>
    public int TornChunksRemoved { get; private set; }

    /// <summary>Opens the store; with <paramref name="createIfMissing"/>, creates key and database on the very first start.</summary>
    /// <exception cref="KeyFileException">The key file is missing, unreadable or damaged.</exception>
    /// <exception cref="StoreException">The database can't be opened with this key, isn't ours, or (not creating) isn't there.</exception>
    public static ApplianceStore Open(DataFolder folder, TimeProvider? time = null, bool createIfMissing = true)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var keyExists = File.Exists(folder.MasterKeyPath);
        var databaseExists = File.Exists(folder.DatabasePath);
        if (!databaseExists && !createIfMissing)
        {
            throw new StoreException($"In '{folder.Root}' staan geen gegevens van een appliance. Klopt --data (of WHAINOT_DATA)?");
        }

        if (!keyExists && databaseExists)
        {
            throw new KeyFileException(
                $"De databank '{folder.DatabasePath}' bestaat, maar het sleutelbestand '{folder.MasterKeyPath}' ontbreekt. " +
                "Er wordt geen nieuwe sleutel gemaakt, want dan gaan de gegevens verloren. Zet het sleutelbestand terug uit de sleutelback-up.");
        }

        try
        {
            folder.EnsureCreated();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"De datamap '{folder.Root}' kan niet aangemaakt worden: {ex.Message}", ex);
        }

        var folderLock = DataFolderLock.Acquire(folder);
        MasterKey? masterKey = null;
        LiteDatabase? database = null;
        try
        {
            if (!keyExists)
            {
                using var fresh = MasterKey.Generate();
                MasterKeyFile.CreateNew(folder.MasterKeyPath, fresh);
            }

            masterKey = MasterKeyFile.Read(folder.MasterKeyPath);
            database = OpenDatabase(folder, masterKey, databaseExists);
            var store = new ApplianceStore(folder, folderLock, masterKey, database, time ?? TimeProvider.System);
            store.Initialize();
            return store;
        }
        catch
        {
            database?.Dispose();
            masterKey?.Dispose();
            folderLock.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        Keys.Dispose();
        ConversationKeys.Dispose();
        MasterKey.Dispose();
        _lock.Dispose();
    }

    private static LiteDatabase OpenDatabase(DataFolder folder, MasterKey masterKey, bool existed)
    {
        if (existed)
        {
            LiteDatabaseHeader.EnsureLooksLikeOurs(folder.DatabasePath);
        }

        var connection = new ConnectionString
        {
            Filename = folder.DatabasePath,
            Password = masterKey.DerivePassword(KeyPurpose.Database),
            Connection = ConnectionType.Direct,
            Upgrade = false,
        };
        var mapper = new BsonMapper();
        try
        {
            var database = new LiteDatabase(connection, mapper) { UtcDate = true };
            // Touch the engine so a wrong key or foreign file fails here, not on the first request.
            _ = database.GetCollectionNames().ToList();
            RestrictToOwner(folder.DatabasePath);
            return database;
        }
        catch (LiteException ex) when (ex.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException(
                $"De databank '{folder.DatabasePath}' gaat niet open met de hoofdsleutel in '{folder.MasterKeyPath}'. " +
                "Hoort dit sleutelbestand bij deze databank? Er is niets gewijzigd.", ex);
        }
        catch (Exception ex) when (ex is LiteException or InvalidCastException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
        {
            throw new StoreException(
                $"De databank '{folder.DatabasePath}' is beschadigd of geen WhaiNot-databank. Er is niets gewijzigd; zet een back-up terug.", ex);
        }
        catch (IOException ex)
        {
            throw new StoreException(
                $"De databank '{folder.DatabasePath}' kan niet geopend worden ({ex.Message}). Draait de appliance al, of een ander whainot-commando?", ex);
        }
    }

    private static void RestrictToOwner(string databasePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // LiteDB creates its files with the process umask; the folder is already private, this is belt and braces.
        var logPath = Path.Combine(Path.GetDirectoryName(databasePath)!, Path.GetFileNameWithoutExtension(databasePath) + "-log.db");
        foreach (var path in new[] { databasePath, logPath })
        {
            if (File.Exists(path))
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    private void Initialize()
    {
        var stored = Meta.Get("schemaVersion");
        if (stored is null)
        {
            Meta.Set("schemaVersion", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (stored != SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new StoreException($"De databank heeft schemaversie {stored}; deze versie van de appliance kent versie {SchemaVersion}.");
        }

        TornChunksRemoved = Audio.RemoveTornWrites();
        Accounts.EnsureIndexes();
        Dossiers.EnsureIndexes();
        Conversations.EnsureIndexes();
        Transcripts.EnsureIndexes();
        Reports.EnsureIndexes();
        Templates.EnsureIndexes();
        Appointments.EnsureIndexes();
        Actions.EnsureIndexes();
        ProcedureDates.EnsureIndexes();
        KeptFragments.EnsureIndexes();
        AiLog.EnsureIndexes();
    }
}
