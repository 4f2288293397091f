using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using WhaiNot.Cli.Bench;
using WhaiNot.Cli.Streaming;
using WhaiNot.Domain.Terms;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot bench day: how fast GET /api/day answers for a worker with many dossiers. It starts a
/// throw-away demo appliance (data under /tmp), fills the demo worker's team through the API (per
/// dossier: an ended conversation waiting for its report, procedure dates whose decision term runs,
/// an open action that is due or overdue and one without a date; an appointment on the day for some),
/// then times the overview over HTTPS and prints p50/p95/max.
/// </summary>
internal static class BenchDayCommand
{
    public static Command Create(CliContext context)
    {
        var dossiers = new Option<int>("--dossiers") { Description = "Aantal dossiers van de werker.", DefaultValueFactory = _ => 300 };
        var requests = new Option<int>("--requests") { Description = "Aantal gemeten aanvragen (na 20 om op te warmen).", DefaultValueFactory = _ => 200 };
        var appliance = new Option<string?>("--appliance") { Description = "Pad naar whainot-appliance.dll (standaard: naast deze CLI, of de build in de checkout)." };
        var command = new Command("day", "Meet hoe snel GET /api/day antwoordt voor een werker met veel dossiers.") { dossiers, requests, appliance };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(dossiers);
            var measured = parse.GetValue(requests);
            if (count is < 1 or > 5000 || measured is < 1 or > 100_000)
            {
                throw new CliException(ExitCodes.BadInput, "Geef --dossiers van 1 tot 5000 en --requests van 1 tot 100000.");
            }

            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var signals = new TerminationSignals(cancel);
            var progress = TextWriter.Synchronized(context.Error);
            var path = ApplianceLocator.Find(parse.GetValue(appliance));
            progress.WriteLine($"Tijdelijke appliance starten: {path}");
            await using var child = await ChildAppliance.StartAsync(path, null, [], cancel.Token);
            var (user, password) = child.Worker();
            using var api = new ApplianceApi(child.BaseAddress, child.Trust(), user, password);
            var today = BrusselsTime.DateOf(DateTimeOffset.UtcNow);
            progress.WriteLine($"{count} dossiers vullen via de API …");
            await SeedAsync(api, count, today, cancel.Token);

            var day = "/api/day?date=" + Iso(today);
            var first = await api.SendJsonAsync(HttpMethod.Get, day, null, cancel.Token);
            for (var i = 0; i < 19; i++)
            {
                await api.SendJsonAsync(HttpMethod.Get, day, null, cancel.Token);
            }

            var times = new List<double>(measured);
            for (var i = 0; i < measured; i++)
            {
                var watch = Stopwatch.StartNew();
                await api.SendJsonAsync(HttpMethod.Get, day, null, cancel.Token);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            context.Output.WriteLine($"GET /api/day — {count} dossiers, {measured} aanvragen na 20 om op te warmen, {Environment.ProcessorCount} kernen, HTTPS naar een tijdelijke appliance");
            context.Output.WriteLine(
                $"overzicht: {first.GetProperty("appointments").GetArrayLength()} afspraken, {first.GetProperty("reportsToValidate").GetArrayLength()} verslagen te valideren, "
                + $"{first.GetProperty("actions").GetArrayLength()} acties, {first.GetProperty("terms").GetArrayLength()} termijnen, {first.GetProperty("recentConversations").GetArrayLength()} recente gesprekken");
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"p50 {Percentile.Of(times, 0.5):0.0} ms | p95 {Percentile.Of(times, 0.95):0.0} ms | max {times.Max():0.0} ms"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task SeedAsync(ApplianceApi api, int count, DateOnly today, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            var dossier = (await api.SendJsonAsync(HttpMethod.Post, "/api/dossiers", new { reference = $"BENCH-{i:0000}", clientName = $"Cliënt {i}", nationalRegisterNumber = (80_000_000_000L + i).ToString(CultureInfo.InvariantCulture) }, cancellationToken)).GetProperty("id").GetGuid();
            var conversation = await api.StartConversationAsync(dossier, cancellationToken);
            await api.EndConversationAsync(conversation, cancellationToken);
            await api.SendJsonAsync(HttpMethod.Put, $"/api/dossiers/{dossier}/procedure", new { aid = "social-integration", aidRequestedOn = Iso(today.AddDays(-(i % 45))) }, cancellationToken);
            await api.SendJsonAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/actions", new { who = "client", what = "Loonfiches bezorgen", dueOn = Iso(today.AddDays(-(i % 5))) }, cancellationToken);
            await api.SendJsonAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/actions", new { who = "worker", what = "Huisbezoek plannen" }, cancellationToken);
            if (i % 30 == 0)
            {
                await api.SendJsonAsync(HttpMethod.Post, $"/api/dossiers/{dossier}/appointments", new { date = Iso(today), time = $"{8 + (i / 30 % 10):00}:00", telephone = true }, cancellationToken);
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
