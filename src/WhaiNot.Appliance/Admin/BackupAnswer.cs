using WhaiNot.Storage.Backups;

namespace WhaiNot.Appliance.Admin;

/// <summary>The admin channel's answer to a backup: what was written and until when its conversation keys open anything.</summary>
internal sealed record BackupAnswer(string Snapshot, string Folder, int ConversationKeys, int ExpiredKeysShredded, DateTimeOffset ConversationKeysReadableUntil)
{
    public static BackupAnswer Of(BackupResult result) =>
        new(result.Snapshot, result.Folder, result.ConversationKeys, result.ExpiredKeysShredded, result.ConversationKeysReadableUntil);
}
