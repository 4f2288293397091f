namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// Stands in for a GGUF metadata array in <see cref="GgufInfo.Metadata"/>: the reader skips array
/// elements (a vocabulary can hold 150 000 strings) and keeps only their type and count.
/// </summary>
/// <param name="ElementType">Type of each element.</param>
/// <param name="Count">Number of elements.</param>
public sealed record GgufArraySummary(GgufValueType ElementType, long Count);
