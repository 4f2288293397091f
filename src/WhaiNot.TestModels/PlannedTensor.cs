using WhaiNot.Native.ModelFiles;

namespace WhaiNot.TestModels;

/// <summary>A tensor declared to <see cref="GgufWriter"/>: offset relative to the data section, as GGUF stores it.</summary>
internal sealed record PlannedTensor(string Name, GgmlType Type, long[] Dimensions, long RelativeOffset, long ByteSize);
