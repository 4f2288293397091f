using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Conversations;

namespace WhaiNot.Domain.Kpis;

/// <summary>What the KPIs of one period are computed from: metadata only.</summary>
/// <param name="Conversations">The conversations of the period (with consent, end and validation moments).</param>
/// <param name="Drafts">The AI log entries of the period.</param>
/// <param name="ParitySignals">Parity signals of the period (only where there were enough conversations to compare).</param>
public sealed record KpiInputs(IReadOnlyList<Conversation> Conversations, IReadOnlyList<AiLogEntry> Drafts, int ParitySignals);
