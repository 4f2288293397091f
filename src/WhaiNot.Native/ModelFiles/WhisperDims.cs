namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// The hyper-parameters of a whisper.cpp ggml model, in file order (n_vocab, n_audio_ctx,
/// n_audio_state, n_audio_head, n_audio_layer, n_text_ctx, n_text_state, n_text_head, n_text_layer,
/// n_mels); the ftype that follows them in the file is kept apart.
/// </summary>
/// <param name="VocabularySize">n_vocab: 51864 English-only, 51865 multilingual, 51866 large-v3.</param>
/// <param name="AudioContext">n_audio_ctx, 1500 (30 s of audio after the stride-2 convolution).</param>
/// <param name="AudioState">n_audio_state, the model width; must equal <paramref name="TextState"/>.</param>
/// <param name="AudioHeads">n_audio_head; divides the width.</param>
/// <param name="AudioLayers">n_audio_layer.</param>
/// <param name="TextContext">n_text_ctx, 448.</param>
/// <param name="TextState">n_text_state.</param>
/// <param name="TextHeads">n_text_head; divides the width.</param>
/// <param name="TextLayers">n_text_layer.</param>
/// <param name="MelCount">n_mels, 80 (128 for large-v3).</param>
public sealed record WhisperDims(
    int VocabularySize,
    int AudioContext,
    int AudioState,
    int AudioHeads,
    int AudioLayers,
    int TextContext,
    int TextState,
    int TextHeads,
    int TextLayers,
    int MelCount)
{
    /// <summary>Smallest vocabulary whisper.cpp works with: its special token ids are hard-coded around 50256–50363.</summary>
    public const int MinVocabularySize = 51864;

    /// <summary>The self-made tiny test model: multilingual vocabulary (language detection works), width 64, 2 heads, 1+1 layers.</summary>
    public static WhisperDims TinyDefault { get; } = new(51865, 1500, 64, 2, 1, 448, 64, 2, 1, 80);

    /// <summary>The shapes of Whisper large-v3-turbo (32 encoder layers, 4 decoder layers, width 1280, 128 mels).</summary>
    public static WhisperDims FullShape { get; } = new(51866, 1500, 1280, 20, 32, 448, 1280, 20, 4, 128);

    /// <summary>Multilingual models have n_vocab ≥ 51865 and shift the special tokens by one.</summary>
    public bool IsMultilingual => VocabularySize >= 51865;

    /// <summary>Id of the end-of-text token, which is also the number of ordinary text tokens.</summary>
    public int EndOfTextToken => IsMultilingual ? 50257 : 50256;

    /// <summary>Number of tensors whisper.cpp expects: 7 encoder + 4 decoder + 15 per encoder block + 24 per decoder block.</summary>
    public int TensorCount => 11 + (15 * AudioLayers) + (24 * TextLayers);
}
