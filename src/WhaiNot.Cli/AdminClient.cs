using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using WhaiNot.Storage;

namespace WhaiNot.Cli;

/// <summary>
/// The CLI's side of the local admin channel (see docs/operations.md, "CLI terwijl de service draait"):
/// when the service runs it holds the data folder, so verbs ask it over the Unix socket in the data
/// folder, with the token from keys/admin.token. No socket, or nobody answering: the caller opens the
/// store itself.
/// </summary>
internal sealed class AdminClient : IDisposable
{
    // The same names as WhaiNot.Appliance.Admin.AdminChannel (the CLI does not reference the service).
    private const string TokenHeader = "X-WhaiNot-Admin-Token";
    private const string ActorHeader = "X-WhaiNot-Actor";

    private readonly HttpClient _http;

    private AdminClient(HttpClient http) => _http = http;

    /// <summary>A client when a service answers on the folder's socket, else null.</summary>
    public static AdminClient? TryConnect(DataFolder folder)
    {
        if (!File.Exists(folder.AdminSocketPath))
        {
            return null;
        }

        var endPoint = new UnixDomainSocketEndPoint(folder.AdminSocketPath);
        try
        {
            using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            probe.Connect(endPoint);
        }
        catch (SocketException ex) when (ex.SocketErrorCode is SocketError.AccessDenied)
        {
            throw new CliException(ExitCodes.Failure, $"De service draait, maar u mag het beheerkanaal '{folder.AdminSocketPath}' niet gebruiken. Voer het commando uit als root of als het serviceaccount (sudo -u whainot whainot …).");
        }
        catch (SocketException)
        {
            return null; // A socket left behind by a service that stopped: nobody holds the folder.
        }

        string token;
        try
        {
            token = File.ReadAllText(folder.AdminTokenPath).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Failure, $"De service draait, maar het beheertoken '{folder.AdminTokenPath}' is niet leesbaar. Voer het commando uit als root of als het serviceaccount.");
        }

        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(endPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var http = new HttpClient(handler) { BaseAddress = new Uri("http://whainot-admin"), Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.Add(TokenHeader, token);
        http.DefaultRequestHeaders.Add(ActorHeader, Environment.UserName);
        return new AdminClient(http);
    }

    public JsonElement Get(string path) => Send(new HttpRequestMessage(HttpMethod.Get, path));

    public JsonElement Post(string path, object? body = null) =>
        Send(new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)) });

    public void Dispose() => _http.Dispose();

    private JsonElement Send(HttpRequestMessage request)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = _http.Send(request);
            }
            catch (HttpRequestException ex)
            {
                throw new CliException(ExitCodes.Failure, "De draaiende service antwoordt niet op het beheerkanaal: " + ex.Message);
            }

            using (response)
            {
                using var reader = new StreamReader(response.Content.ReadAsStream());
                var text = reader.ReadToEnd();
                var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
                if (response.IsSuccessStatusCode)
                {
                    return json;
                }

                var message = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("error", out var error) ? error.GetString() : null;
                message ??= $"De service weigerde ({(int)response.StatusCode}).";
                // Same exit codes as the direct path: the caller's mistake is 2, the box's trouble 1.
                var code = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.Conflict
                    ? ExitCodes.BadInput
                    : ExitCodes.Failure;
                throw new CliException(code, message);
            }
        }
    }
}
