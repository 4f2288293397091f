using System.CommandLine;
using WhaiNot.Cli.Bench;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot bench stream: N live conversations at once at real-time pace. By default against a
/// throw-away demo appliance it starts itself (data under /tmp, runtime copied from &lt;data&gt;);
/// with --url against a running one. Reports segment latencies, transcription lag, the appliance's
/// CPU and memory, lost or duplicated chunks (must be 0) and whether it stayed real-time.
/// </summary>
internal static class BenchStreamCommand
{
    public static Command Create(CliContext context)
    {
        var streams = new Option<int>("--streams") { Description = "Aantal gelijktijdige gesprekken.", DefaultValueFactory = _ => 1 };
        var input = new Option<FileInfo?>("--input") { Description = "WAV-bestand per gesprek (standaard: Nederlandse testspraak van espeak-ng)." };
        var seconds = new Option<double>("--seconds") { Description = "Seconden audio per gesprek (de opname wordt herhaald of ingekort).", DefaultValueFactory = _ => 60 };
        var wait = new Option<int>("--wait") { Description = "Seconden wachten op het volledige transcript na het einde van elk gesprek.", DefaultValueFactory = _ => 120 };
        var appliance = new Option<string?>("--appliance") { Description = "Pad naar whainot-appliance.dll (standaard: naast deze CLI, of de build in de checkout)." };
        var pid = new Option<int?>("--pid") { Description = "Met --url: proces-id van de appliance op deze machine, voor CPU en geheugen." };
        var json = new Option<bool>("--json") { Description = "Resultaat als JSON (voor docs/performance.md)." };
        var noTranscription = new Option<bool>("--no-transcription") { Description = "Tijdelijke appliance zonder engines: meet alleen opslag en bevestiging (laadtest)." };
        var noSpeakers = new Option<bool>("--no-speakers") { Description = "Tijdelijke appliance zonder sprekerherkenning (om haar rekentijd te meten: vergelijk met en zonder)." };
        var connection = new ApplianceConnectionOptions(required: false);
        var command = new Command("stream", "Meet live transcriptie onder last: N gesprekken tegelijk op real-time tempo.") { streams, input, seconds, wait, appliance, pid, json, noTranscription, noSpeakers };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(streams);
            var length = parse.GetValue(seconds);
            var waitSeconds = parse.GetValue(wait);
            if (count is < 1 or > 500 || length is <= 0 or > 4 * 3600 || waitSeconds < 0)
            {
                throw new CliException(ExitCodes.BadInput, "Geef --streams van 1 tot 500, --seconds groter dan 0 (hoogstens 4 uur) en --wait van 0 of meer.");
            }

            var external = connection.Given(parse);
            var withoutEngines = parse.GetValue(noTranscription);
            if (external && withoutEngines)
            {
                throw new CliException(ExitCodes.BadInput, "--no-transcription geldt voor de tijdelijke appliance; met --url bepaalt de draaiende appliance zelf of ze transcribeert.");
            }

            if (!external && parse.GetValue(pid) is not null)
            {
                throw new CliException(ExitCodes.BadInput, "--pid hoort bij --url; zonder --url meet de bench de appliance die hij zelf start.");
            }

            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var signals = new TerminationSignals(cancel);
            var progress = TextWriter.Synchronized(context.Error);
            var scratch = Directory.CreateTempSubdirectory("whainot-bench-audio-");
            ChildAppliance? child = null;
            ApplianceApi? api = null;
            try
            {
                var given = parse.GetValue(input);
                var source = given is null ? await DutchSpeech.WriteAsync(scratch.FullName, cancel.Token) : given.FullName;
                var chunks = Pcm16Chunks.Split(BenchAudio.Fit(Pcm16Chunks.ReadWav(new FileInfo(source)), length));

                string description;
                string? engines = null;
                int? processId;
                if (external)
                {
                    api = connection.Connect(parse, context);
                    (description, processId) = (api.BaseAddress.ToString(), parse.GetValue(pid));
                }
                else
                {
                    var path = ApplianceLocator.Find(parse.GetValue(appliance));
                    var data = context.Folder(parse).Root;
                    if (!withoutEngines && !Directory.Exists(Path.Combine(data, "runtime")))
                    {
                        progress.WriteLine($"Geen engine-runtime in {Path.Combine(data, "runtime")}: de tijdelijke appliance installeert ze zelf (download). Geef --data met een geïnstalleerde runtime om dat te vermijden.");
                    }

                    progress.WriteLine($"Tijdelijke appliance starten: {path}");
                    string[] extra = [.. withoutEngines ? ["--Appliance:DemoEngines", "false"] : Array.Empty<string>(), .. parse.GetValue(noSpeakers) ? ["--Appliance:Speakers:Embedder", "off"] : Array.Empty<string>()];
                    child = await ChildAppliance.StartAsync(path, withoutEngines ? null : data, extra, cancel.Token);
                    engines = withoutEngines ? RealTimeVerdict.EnginesOff : await child.WaitForEnginesAsync(TimeSpan.FromMinutes(3), cancel.Token);
                    var (user, password) = child.Worker();
                    api = new ApplianceApi(child.BaseAddress, child.Trust(), user, password);
                    (description, processId) = ($"tijdelijke demo-appliance (pid {child.ProcessId})", child.ProcessId);
                }

                var setup = new BenchSetup(count, length, given is null ? "espeak-ng, nl" : given.Name, description, engines);
                var report = await new StreamBenchRunner(api, progress).RunAsync(setup, chunks, TimeSpan.FromSeconds(waitSeconds), processId, cancel.Token);
                if (parse.GetValue(json))
                {
                    report.WriteJson(context.Output);
                }
                else
                {
                    report.WriteText(context.Output);
                }

                return report.Chunks.Lost + report.Chunks.Duplicated == 0 ? ExitCodes.Success : ExitCodes.Failure;
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                progress.WriteLine("Onderbroken; de tijdelijke appliance wordt gestopt en haar map opgeruimd.");
                return ExitCodes.Failure;
            }
            finally
            {
                api?.Dispose();
                if (child is not null)
                {
                    await child.DisposeAsync();
                }

                scratch.Delete(recursive: true);
            }
        });
        return command;
    }
}
