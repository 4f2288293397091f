namespace WhaiNot.Cli.Bench;

/// <summary>
/// Whether the box kept up. Real-time means: nothing lost or doubled, every stream's transcript
/// complete soon after its last chunk, and the transcription never far behind the audio while the
/// conversation ran. The limits leave room for one utterance still being decoded at the end.
/// </summary>
internal static class RealTimeVerdict
{
    /// <summary>Seconds from the last chunk to Transcription.complete, at most.</summary>
    public const double MaxCompletionSeconds = 10;

    /// <summary>p95 of lagSeconds during the conversation, at most.</summary>
    public const double MaxLagP95Seconds = 10;

    /// <summary>Beyond this the client itself did not keep pace, and the run says so.</summary>
    public const double MaxClientLateSeconds = 1;

    /// <summary>Engines value of a load test without transcription (bench stream --no-transcription).</summary>
    public const string EnginesOff = "uit";

    public static (bool? RealTime, string Verdict) Judge(int streams, TranscriptionSummary transcription, ChunkSummary chunks, double clientLateSeconds, bool transcriptionOff = false)
    {
        ArgumentNullException.ThrowIfNull(transcription);
        ArgumentNullException.ThrowIfNull(chunks);
        if (chunks.Lost > 0 || chunks.Duplicated > 0)
        {
            return (false, $"NIET IN ORDE: {chunks.Lost} stukken verloren en {chunks.Duplicated} dubbel opgeslagen; dat mag nooit.");
        }

        if (transcriptionOff)
        {
            return (null, "transcriptie uit (--no-transcription): alleen de upload is gemeten. Alles bevestigd, niets verloren of dubbel.");
        }

        if (transcription.Events == 0)
        {
            return (null, "real-time niet te beoordelen: de appliance stuurde geen Transcription-events (live transcriptie niet actief?). De upload zelf is in orde: alles bevestigd, niets verloren of dubbel.");
        }

        var client = clientLateSeconds > MaxClientLateSeconds ? " Let op: de bench-client zelf hield het tempo niet; neem minder stromen of een snellere client." : "";
        if (transcription.CompletedStreams < streams)
        {
            return (false, Dutch.Format($"NIET real-time: {streams - transcription.CompletedStreams} van {streams} stromen niet volledig getranscribeerd binnen {transcription.WaitSeconds:0} s na het einde.{client}"));
        }

        var tail = transcription.CompleteAfterLastChunkMaxSeconds ?? 0;
        var lag = transcription.LagP95Seconds ?? 0;
        return tail <= MaxCompletionSeconds && lag <= MaxLagP95Seconds
            ? (true, Dutch.Format($"bleef real-time: achterstand p95 {lag:0.0} s (grens {MaxLagP95Seconds:0} s), volledig {tail:0.0} s na het laatste stuk (grens {MaxCompletionSeconds:0} s).{client}"))
            : (false, Dutch.Format($"NIET real-time: achterstand p95 {lag:0.0} s (grens {MaxLagP95Seconds:0} s), volledig pas {tail:0.0} s na het laatste stuk (grens {MaxCompletionSeconds:0} s).{client}"));
    }
}
