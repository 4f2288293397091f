namespace WhaiNot.Native.Tests.Engines;

/// <summary>
/// Tests that measure the process's resident memory run alone: other test classes loading models
/// at the same time would show up as growth.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeMemoryCollection
{
    public const string Name = "native-memory";
}
