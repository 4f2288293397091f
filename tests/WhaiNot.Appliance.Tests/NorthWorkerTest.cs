using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using WhaiNot.Appliance.Hubs;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests;

/// <summary>
/// A fresh demo appliance per test with a signed-in worker of the North team, and the steps most
/// consent tests start with (a conversation, a consent).
/// </summary>
public abstract class NorthWorkerTest : IAsyncLifetime
{
    protected const string North = "Sociale dienst Noord";

    protected RunningAppliance Appliance { get; private set; } = null!;

    /// <summary>Whether the appliance runs the real speech engine (test runtime and test models).</summary>
    protected virtual bool WithEngines => false;

    /// <summary>Settings on the command line for this test class (as --Section:Key value pairs).</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    protected HttpClient Worker { get; private set; } = null!;

    protected string WorkerToken { get; private set; } = "";

    protected ApplianceStore Store => Appliance.App.Services.GetRequiredService<ApplianceStore>();

    public async Task InitializeAsync()
    {
        Appliance = await RunningAppliance.StartAsync(engines: WithEngines, extraArguments: ExtraArguments);
        WorkerToken = await Appliance.TokenAsync("worker", North);
        Worker = Appliance.ClientWithToken(WorkerToken);
    }

    public virtual async Task DisposeAsync()
    {
        Worker.Dispose();
        await Appliance.DisposeAsync();
    }

    protected Guid NorthDossier(int index = 0) => Store.Dossiers.ListForTeam(Store.Accounts.FindTeam(North)!.Id)[index].Id;

    protected async Task<JsonElement> CreateConversationAsync(Guid dossier)
    {
        using var response = await Worker.PostAsync($"/api/dossiers/{dossier}/conversations", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected async Task<JsonElement> PutConsentAsync(Guid conversation, bool recording, bool transcription, bool aiDrafting)
    {
        using var response = await Worker.PutAsJsonAsync($"/api/conversations/{conversation}/consent", new { recording, transcription, aiDrafting });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A real SignalR client over WebSockets that trusts only the appliance's CA.</summary>
    protected async Task<HubConnection> ConnectAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Appliance.BaseAddress, ConversationHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.HttpMessageHandlerFactory = _ => Appliance.Handler();
                options.WebSocketConfiguration = ws => ws.RemoteCertificateValidationCallback = (_, certificate, _, errors) => Appliance.TrustsServer(certificate, errors);
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
