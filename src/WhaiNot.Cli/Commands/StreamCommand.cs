using System.CommandLine;
using System.Text.Json;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Commands;

/// <summary>
/// whainot stream: a thin client that does what a worker's browser does in a conversation. Signs in,
/// starts a conversation in the dossier, records consent (recording and transcription yes, drafting
/// with AI no), streams a WAV file as live audio, prints the final segments as they come, ends the
/// conversation and waits (bounded) until the transcript is complete.
/// </summary>
internal static class StreamCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var connection = new ApplianceConnectionOptions(required: true);
        var dossier = new Option<string>("--dossier") { Description = "Id of referentie (SD-2026-0101) van het dossier.", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "WAV-bestand (elk gangbaar formaat; wordt 16 kHz mono).", Required = true };
        var realTime = new Option<bool>("--realtime") { Description = "Verstuur op het tempo van een echt gesprek (anders zo snel als de box bevestigt)." };
        var json = new Option<bool>("--json") { Description = "Toon op het einde het transcript als JSON (segmenten dan op stderr)." };
        var wait = new Option<int>("--wait") { Description = "Seconden wachten op het volledige transcript na het einde (0: niet wachten).", DefaultValueFactory = _ => 120 };
        var command = new Command("stream", "Stuurt een opname als live gesprek naar de appliance en toont het transcript.") { dossier, input, realTime, json, wait };
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var waitSeconds = parse.GetValue(wait);
            if (waitSeconds < 0)
            {
                throw new CliException(ExitCodes.BadInput, "--wait is een aantal seconden, 0 of meer.");
            }

            // Read the audio before contacting anyone: a bad file is refused without leaving an empty conversation.
            var chunks = Pcm16Chunks.Split(Pcm16Chunks.ReadWav(parse.GetValue(input)!));
            using var api = connection.Connect(parse, context);
            var error = TextWriter.Synchronized(context.Error);
            var output = TextWriter.Synchronized(context.Output);
            var segments = parse.GetValue(json) ? error : output;

            var target = await api.FindDossierAsync(parse.GetValue(dossier)!, cancellationToken);
            await using var stream = new ConversationStream(api, chunks);
            stream.Notice += error.WriteLine;
            var printed = new HashSet<string>();
            stream.SegmentReceived += (segment, _) =>
            {
                // Partials are replaced by their final; a final sent again (same id) is printed once.
                if (segment.Final && printed.Add(segment.Id))
                {
                    segments.WriteLine(SegmentLine.Format(segment));
                }
            };

            var conversation = await api.StartConversationAsync(target.Id, cancellationToken);
            await api.RecordConsentAsync(conversation, cancellationToken);
            error.WriteLine($"Gesprek {conversation} gestart in dossier {target.Reference ?? target.Id.ToString()}; toestemming: opname en transcriptie ja, ontwerp met AI nee.");
            await stream.JoinAsync(conversation, cancellationToken);
            await stream.UploadAsync(parse.GetValue(realTime), cancellationToken);
            await api.EndConversationAsync(conversation, cancellationToken);
            var resent = stream.Ledger.Resent > 0 ? $" ({stream.Ledger.Resent} opnieuw verstuurd na een onderbreking)" : "";
            error.WriteLine(Dutch.Format($"Audio verstuurd: {chunks.Count} stukken ({Pcm16Chunks.Seconds(stream.Ledger.TotalBytes):0.0} s), alle bevestigd{resent}. Gesprek afgesloten."));

            if (waitSeconds > 0)
            {
                var timeout = TimeSpan.FromSeconds(waitSeconds);
                if (!await stream.WaitForTranscriptAsync(timeout, cancellationToken))
                {
                    throw new CliException(ExitCodes.Failure, stream.Transcription.TimeoutMessage(timeout));
                }

                error.WriteLine("Het transcript is volledig.");
            }

            if (parse.GetValue(json))
            {
                output.WriteLine(Reindented(await api.TranscriptJsonAsync(conversation, cancellationToken)));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Reindented(string transcript)
    {
        try
        {
            using var document = JsonDocument.Parse(transcript);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            throw new CliException(ExitCodes.Failure, "De appliance gaf geen geldig transcript (JSON) terug.");
        }
    }
}
