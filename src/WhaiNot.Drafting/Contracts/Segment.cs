using WhaiNot.Domain.Transcripts;
namespace WhaiNot.Drafting.Contracts;

/// <summary>One transcript segment: times in seconds from the start of the recording.</summary>
public sealed record Segment(string Id, double Start, double End, Speaker Speaker, string Text);
