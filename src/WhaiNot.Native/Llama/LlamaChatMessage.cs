using System.Runtime.InteropServices;

namespace WhaiNot.Native.Llama;

/// <summary>struct llama_chat_message: two UTF-8 C strings.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct LlamaChatMessage
{
    public byte* Role;
    public byte* Content;
}
