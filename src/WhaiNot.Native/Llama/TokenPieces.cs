namespace WhaiNot.Native.Llama;

/// <summary>Each token's bytes as the model renders it, and which tokens end generation; computed once per model.</summary>
internal sealed record TokenPieces(byte[][] Bytes, bool[] EndOfGeneration);
