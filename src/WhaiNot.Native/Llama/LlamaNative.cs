using System.Runtime.InteropServices;

namespace WhaiNot.Native.Llama;

/// <summary>The llama.h functions the appliance uses (llama.cpp v0.5.0; v0.4.0 on Windows has the same ABI for these).</summary>
internal static unsafe partial class LlamaNative
{
    public const string Library = "llama";

    [LibraryImport(Library, EntryPoint = "llama_backend_init")]
    public static partial void BackendInit();

    [LibraryImport(Library, EntryPoint = "llama_log_set")]
    public static partial void LogSet(delegate* unmanaged[Cdecl]<int, byte*, nint, void> callback, nint userData);

    [LibraryImport(Library, EntryPoint = "llama_print_system_info")]
    public static partial byte* PrintSystemInfo();

    [LibraryImport(Library, EntryPoint = "llama_supports_gpu_offload")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool SupportsGpuOffload();

    [LibraryImport(Library, EntryPoint = "llama_model_default_params")]
    public static partial LlamaModelParams ModelDefaultParams();

    [LibraryImport(Library, EntryPoint = "llama_context_default_params")]
    public static partial LlamaContextParams ContextDefaultParams();

    [LibraryImport(Library, EntryPoint = "llama_model_quantize_default_params")]
    public static partial LlamaQuantizeParams QuantizeDefaultParams();

    [LibraryImport(Library, EntryPoint = "llama_model_load_from_file")]
    public static partial nint ModelLoadFromFile(byte* path, LlamaModelParams parameters);

    [LibraryImport(Library, EntryPoint = "llama_model_free")]
    public static partial void ModelFree(nint model);

    [LibraryImport(Library, EntryPoint = "llama_init_from_model")]
    public static partial nint InitFromModel(SafeLlamaModelHandle model, LlamaContextParams parameters);

    [LibraryImport(Library, EntryPoint = "llama_free")]
    public static partial void Free(nint context);

    [LibraryImport(Library, EntryPoint = "llama_n_ctx")]
    public static partial uint ContextSize(SafeLlamaContextHandle context);

    [LibraryImport(Library, EntryPoint = "llama_model_get_vocab")]
    public static partial nint ModelVocab(SafeLlamaModelHandle model);

    [LibraryImport(Library, EntryPoint = "llama_model_desc")]
    public static partial int ModelDescription(SafeLlamaModelHandle model, byte* buffer, nuint size);

    [LibraryImport(Library, EntryPoint = "llama_model_n_params")]
    public static partial ulong ModelParameterCount(SafeLlamaModelHandle model);

    [LibraryImport(Library, EntryPoint = "llama_model_n_ctx_train")]
    public static partial int ModelTrainingContext(SafeLlamaModelHandle model);

    [LibraryImport(Library, EntryPoint = "llama_model_chat_template")]
    public static partial byte* ModelChatTemplate(SafeLlamaModelHandle model, byte* name);

    [LibraryImport(Library, EntryPoint = "llama_vocab_n_tokens")]
    public static partial int VocabTokenCount(nint vocab);

    [LibraryImport(Library, EntryPoint = "llama_vocab_is_eog")]
    [return: MarshalAs(UnmanagedType.U1)]
    public static partial bool VocabIsEndOfGeneration(nint vocab, int token);

    [LibraryImport(Library, EntryPoint = "llama_tokenize")]
    public static partial int Tokenize(nint vocab, byte* text, int textLength, int* tokens, int maxTokens, [MarshalAs(UnmanagedType.U1)] bool addSpecial, [MarshalAs(UnmanagedType.U1)] bool parseSpecial);

    [LibraryImport(Library, EntryPoint = "llama_token_to_piece")]
    public static partial int TokenToPiece(nint vocab, int token, byte* buffer, int length, int leftStrip, [MarshalAs(UnmanagedType.U1)] bool special);

    [LibraryImport(Library, EntryPoint = "llama_batch_get_one")]
    public static partial LlamaBatch BatchGetOne(int* tokens, int count);

    [LibraryImport(Library, EntryPoint = "llama_decode")]
    public static partial int Decode(SafeLlamaContextHandle context, LlamaBatch batch);

    [LibraryImport(Library, EntryPoint = "llama_set_abort_callback")]
    public static partial void SetAbortCallback(SafeLlamaContextHandle context, delegate* unmanaged[Cdecl]<nint, byte> callback, nint data);

    [LibraryImport(Library, EntryPoint = "llama_get_memory")]
    public static partial nint GetMemory(SafeLlamaContextHandle context);

    [LibraryImport(Library, EntryPoint = "llama_memory_clear")]
    public static partial void MemoryClear(nint memory, [MarshalAs(UnmanagedType.U1)] bool data);

    [LibraryImport(Library, EntryPoint = "llama_sampler_chain_init")]
    public static partial nint SamplerChainInit(byte noPerf);

    [LibraryImport(Library, EntryPoint = "llama_sampler_chain_add")]
    public static partial void SamplerChainAdd(SafeLlamaSamplerHandle chain, nint sampler);

    [LibraryImport(Library, EntryPoint = "llama_sampler_init_grammar")]
    public static partial nint SamplerInitGrammar(nint vocab, byte* grammar, byte* root);

    [LibraryImport(Library, EntryPoint = "llama_sampler_init_greedy")]
    public static partial nint SamplerInitGreedy();

    [LibraryImport(Library, EntryPoint = "llama_sampler_init_temp")]
    public static partial nint SamplerInitTemperature(float temperature);

    [LibraryImport(Library, EntryPoint = "llama_sampler_init_top_k")]
    public static partial nint SamplerInitTopK(int k);

    [LibraryImport(Library, EntryPoint = "llama_sampler_init_dist")]
    public static partial nint SamplerInitDistribution(uint seed);

    [LibraryImport(Library, EntryPoint = "llama_sampler_sample")]
    public static partial int SamplerSample(SafeLlamaSamplerHandle sampler, SafeLlamaContextHandle context, int index);

    [LibraryImport(Library, EntryPoint = "llama_sampler_init")]
    public static partial nint SamplerInit(nint samplerInterface, nint context);

    [LibraryImport(Library, EntryPoint = "llama_sampler_free")]
    public static partial void SamplerFree(nint sampler);

    [LibraryImport(Library, EntryPoint = "llama_chat_apply_template")]
    public static partial int ChatApplyTemplate(byte* template, LlamaChatMessage* messages, nuint count, [MarshalAs(UnmanagedType.U1)] bool addAssistant, byte* buffer, int length);

    [LibraryImport(Library, EntryPoint = "llama_model_quantize")]
    public static partial uint ModelQuantize(byte* input, byte* output, LlamaQuantizeParams* parameters);
}
