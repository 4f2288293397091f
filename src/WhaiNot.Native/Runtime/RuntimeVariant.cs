namespace WhaiNot.Native.Runtime;

/// <summary>Which build of the native engines to use.</summary>
public enum RuntimeVariant
{
    Cpu,
    Cuda,
}
