using System.Text.Json;
using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>What a page's origin keeps in the browser: Web Storage, Cache Storage and IndexedDB.</summary>
public sealed record BrowserStorage(IReadOnlyList<string> LocalStorage, IReadOnlyList<string> SessionStorage, IReadOnlyList<string> Caches, IReadOnlyList<string> Databases, int AudioChunks, int AudioBytes, IReadOnlyList<int> AudioSeqs)
{
    // Opens the capture module's database only when it exists (opening creates it otherwise), reads
    // every stored chunk of every conversation, and closes it again.
    private const string Read = """
        async () => {
          const keys = (s) => Array.from({ length: s.length }, (_, i) => s.key(i));
          const databases = (await indexedDB.databases()).map((d) => d.name);
          let chunks = [];
          if (databases.includes('whainot-capture')) {
            const db = await new Promise((resolve, reject) => {
              const request = indexedDB.open('whainot-capture');
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            });
            if (db.objectStoreNames.contains('chunks')) {
              chunks = await new Promise((resolve, reject) => {
                const request = db.transaction('chunks', 'readonly').objectStore('chunks').getAll();
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error);
              });
            }
            db.close();
          }
          return {
            localStorage: keys(localStorage),
            sessionStorage: keys(sessionStorage),
            caches: 'caches' in self ? await caches.keys() : [],
            databases,
            audioChunks: chunks.length,
            audioBytes: chunks.reduce((n, c) => n + c.bytes.byteLength, 0),
            audioSeqs: chunks.map((c) => c.seq),
          };
        }
        """;

    public static async Task<BrowserStorage> OfAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var found = await page.EvaluateAsync<JsonElement>(Read);
        static List<string> Strings(JsonElement list) => list.EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        return new BrowserStorage(
            Strings(found.GetProperty("localStorage")),
            Strings(found.GetProperty("sessionStorage")),
            Strings(found.GetProperty("caches")),
            Strings(found.GetProperty("databases")),
            found.GetProperty("audioChunks").GetInt32(),
            found.GetProperty("audioBytes").GetInt32(),
            found.GetProperty("audioSeqs").EnumerateArray().Select(e => e.GetInt32()).ToList());
    }

    /// <summary>Nothing but (possibly) the capture module's empty database: no client data at all.</summary>
    public bool HoldsNothingOfAClient => LocalStorage.Count == 0 && SessionStorage.Count == 0 && Caches.Count == 0 && AudioChunks == 0 && Databases.All(d => d == "whainot-capture");

    public override string ToString() =>
        $"localStorage [{string.Join(", ", LocalStorage)}], sessionStorage [{string.Join(", ", SessionStorage)}], caches [{string.Join(", ", Caches)}], databases [{string.Join(", ", Databases)}], {AudioChunks} audio chunks ({AudioBytes} bytes)";
}
