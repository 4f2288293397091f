namespace WhaiNot.Native.ModelFiles;

/// <summary>What a generated test-model tensor holds.</summary>
public enum TensorFill
{
    /// <summary>Small seeded random values (|x| between 2^-9 and 2^-5, either sign).</summary>
    Random,

    /// <summary>All 1.0 (norm weights, so layer norms pass activations through).</summary>
    Ones,

    /// <summary>All 0.0 (norm biases).</summary>
    Zeros,
}
