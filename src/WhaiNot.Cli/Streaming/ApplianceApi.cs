using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Authentication;
using System.Text.Json;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// The HTTP side of the appliance as a worker's client uses it: sign in, dossiers, conversations,
/// consent, audio and transcript. Every failure becomes a <see cref="CliException"/> with a Dutch
/// message: refusals of what was asked (4xx) are bad input, everything else (5xx, network) exit 1.
/// </summary>
internal sealed class ApplianceApi : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly string _username;
    private readonly string _password;
    private readonly SemaphoreSlim _signIn = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAfter;

    public ApplianceApi(Uri baseAddress, ApplianceTrust trust, string username, string password)
    {
        ArgumentNullException.ThrowIfNull(trust);
        BaseAddress = baseAddress;
        Trust = trust;
        _username = username;
        _password = password;
        _http = new HttpClient(trust.CreateHandler()) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) };
    }

    public Uri BaseAddress { get; }

    public ApplianceTrust Trust { get; }

    /// <summary>The appliance's address from --url: https only, because the box serves nothing else.</summary>
    public static Uri ParseUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new CliException(ExitCodes.BadInput, $"'{url}' is geen geldig adres van de appliance. Geef --url als https://HOST:POORT (de box spreekt alleen HTTPS).");
        }

        return uri;
    }

    /// <summary>A valid bearer token; signs in again when half of its lifetime has passed (long streams, reconnects).</summary>
    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        await _signIn.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || DateTimeOffset.UtcNow > _renewAfter)
            {
                using var response = await SendAsync(
                    () => new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username = _username, password = _password }) },
                    $"Aanmelden als '{_username}'",
                    authorize: false,
                    cancellationToken);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
                _token = body.GetProperty("token").GetString() ?? throw new CliException(ExitCodes.Failure, "De appliance gaf geen token terug.");
                var lifetime = body.TryGetProperty("expiresIn", out var seconds) && seconds.TryGetInt32(out var value) ? value : 600;
                _renewAfter = DateTimeOffset.UtcNow.AddSeconds(lifetime / 2.0);
            }

            return _token;
        }
        finally
        {
            _signIn.Release();
        }
    }

    public async Task<IReadOnlyList<DossierSummary>> DossiersAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, "/api/dossiers"), "De dossiers opvragen", authorize: true, cancellationToken);
        return await response.Content.ReadFromJsonAsync<List<DossierSummary>>(Json, cancellationToken) ?? [];
    }

    /// <summary>A dossier by its id, or by its reference (SD-2026-0101) among the dossiers the user may see.</summary>
    public async Task<DossierSummary> FindDossierAsync(string idOrReference, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(idOrReference, out var id))
        {
            return new DossierSummary(id, null, null);
        }

        var dossiers = await DossiersAsync(cancellationToken);
        return dossiers.FirstOrDefault(d => string.Equals(d.Reference, idOrReference.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException(ExitCodes.BadInput, $"Geen dossier '{idOrReference}' bij de dossiers die '{_username}' mag zien. Geef het id of de referentie van het dossier.");
    }

    public async Task<Guid> StartConversationAsync(Guid dossier, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, $"/api/dossiers/{dossier}/conversations"), $"Een gesprek starten in dossier {dossier}", authorize: true, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)).GetProperty("id").GetGuid();
    }

    /// <summary>The choice a worker records after asking: recording and transcription yes, drafting with AI no.</summary>
    public async Task RecordConsentAsync(Guid conversation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Put, $"/api/conversations/{conversation}/consent") { Content = JsonContent.Create(new { recording = true, transcription = true, aiDrafting = false }) },
            "De toestemming vastleggen",
            authorize: true,
            cancellationToken);
    }

    public async Task EndConversationAsync(Guid conversation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, $"/api/conversations/{conversation}/end"), "Het gesprek afsluiten", authorize: true, cancellationToken);
    }

    /// <summary>Any API call with an optional JSON body (bench seeding, day overview); the answer's JSON, or an empty element when there is none.</summary>
    public async Task<JsonElement> SendJsonAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) },
            $"{method} {path}",
            authorize: true,
            cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The acknowledged audio as stored on the box, without the WAV header.</summary>
    public async Task<byte[]> AudioAsync(Guid conversation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"/api/conversations/{conversation}/audio"), "De audio opvragen", authorize: true, cancellationToken);
        var wav = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        const int Header = 44;
        if (wav.Length < Header || !wav.AsSpan(0, 4).SequenceEqual("RIFF"u8))
        {
            throw new CliException(ExitCodes.Failure, "De appliance gaf geen WAV-bestand terug voor de audio van het gesprek.");
        }

        return wav[Header..];
    }

    public async Task<string> TranscriptJsonAsync(Guid conversation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"/api/conversations/{conversation}/transcript"), "Het transcript opvragen", authorize: true, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>Also disposes the trust, which belongs to this client.</summary>
    public void Dispose()
    {
        _http.Dispose();
        _signIn.Dispose();
        Trust.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, string what, bool authorize, CancellationToken cancellationToken)
    {
        using var message = request();
        if (authorize)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(message, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(ex);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException(ExitCodes.Failure, $"{what}: de appliance op {BaseAddress} antwoordde niet binnen {_http.Timeout.TotalSeconds:0} s.");
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var reason = await ErrorOf(response, cancellationToken);
            var code = (int)response.StatusCode is >= 400 and < 500 ? ExitCodes.BadInput : ExitCodes.Failure;
            throw new CliException(code, $"{what} mislukte: {reason}");
        }
    }

    /// <summary>The Dutch text of the appliance's { "error": ... } body, or a plain description of the status.</summary>
    private static async Task<string> ErrorOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken);
            if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var error) && error.GetString() is { Length: > 0 } text)
            {
                return text;
            }
        }
        catch (JsonException)
        {
            // No error body (a status from the framework itself): fall back to the status below.
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "aanmelden is nodig of de aanmelding is verlopen.",
            HttpStatusCode.Forbidden => "u hebt geen toegang (uw rol of team mag dit niet).",
            HttpStatusCode.NotFound => "niet gevonden op de appliance.",
            _ => $"de appliance antwoordde met status {(int)response.StatusCode}.",
        };
    }

    private CliException Unreachable(HttpRequestException ex) => ConnectionFailure(ex, BaseAddress, Trust);

    /// <summary>A connection that failed before any answer: an untrusted certificate, or no appliance at that address.</summary>
    public static CliException ConnectionFailure(Exception ex, Uri baseAddress, ApplianceTrust trust)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(trust);
        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is AuthenticationException)
            {
                return new CliException(
                    ExitCodes.Failure,
                    $"Het certificaat van de appliance op {baseAddress} wordt niet vertrouwd (gecontroleerd met {trust.Description}). " +
                    "Geef het CA-certificaat van de box met --ca (export: 'whainot certs export-ca') en gebruik een adres dat in het certificaat staat.");
            }
        }

        var detail = ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } ? "geen verbinding" : ex.Message;
        return new CliException(ExitCodes.Failure, $"De appliance op {baseAddress} is niet bereikbaar ({detail}).");
    }
}
