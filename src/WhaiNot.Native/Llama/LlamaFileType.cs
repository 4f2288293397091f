namespace WhaiNot.Native.Llama;

/// <summary>The llama_ftype values the appliance uses when quantising.</summary>
public enum LlamaFileType
{
    F16 = 1,
    Q8_0 = 7,
    Q4_K_M = 15,
}
