using System.Globalization;
using System.Text;

namespace WhaiNot.Native.ModelFiles;

/// <summary>
/// Reads a whisper.cpp ggml model's header, mel filters, vocabulary and tensor headers (skipping the
/// data) and refuses, with a <see cref="ModelFileException"/>, every file whisper_model_load would
/// refuse — and the ones that would load but crash later: an ftype ggml asserts on, n_vocab below
/// 51864, or no " " token (whisper_full's blank suppression looks it up with map::at and aborts).
/// </summary>
public static class WhisperModelReader
{
    /// <summary>GGML_FILE_MAGIC ("ggml" read as a little-endian uint32; bytes 6c 6d 67 67 on disk).</summary>
    public const uint Magic = 0x67676d6c;

    /// <summary>Columns of the mel filter bank: 1 + WHISPER_N_FFT / 2.</summary>
    public const int FftSize = 201;

    /// <summary>GGML_QNT_VERSION_FACTOR: the ftype's thousands are the quantization version.</summary>
    private const int QuantizationVersionFactor = 1000;

    // Upper bounds far above any real model, so that products of dimensions can't overflow.
    private const int MaxWidth = 1 << 16;
    private const int MaxContext = 1 << 20;
    private const int MaxLayers = 1024;
    private const int MaxTensorNameBytes = 255;
    private const int MaxVocabularyInFile = 1 << 24;

    internal static ReadOnlySpan<byte> MagicBytes => [0x6c, 0x6d, 0x67, 0x67];

    /// <summary>Reads and checks the whisper model at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFileException">Not a whisper ggml model, or one whisper.cpp can't load or run.</exception>
    public static WhisperModelInfo Read(string path) => ModelFileCursor.Parse(path, ReadCore);

    private static WhisperModelInfo ReadCore(ModelFileCursor cursor)
    {
        var path = cursor.FilePath;
        Span<byte> magic = stackalloc byte[4];
        if (cursor.Length < 4)
        {
            throw ModelFileException.Other(path, "is geen Whisper-model (ggml-magic ontbreekt).");
        }

        cursor.ReadExactly(magic, "de kop");
        if (!magic.SequenceEqual(MagicBytes))
        {
            var hint = magic.SequenceEqual("GGUF"u8) ? "; het is een GGUF-bestand" : string.Empty;
            throw ModelFileException.Other(path, $"is geen Whisper-model (ggml-magic ontbreekt{hint}).");
        }

        cursor.Require(11 * sizeof(int), "de kop");
        var dims = new WhisperDims(
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"),
            cursor.ReadInt32("de kop"));
        var rawFileType = cursor.ReadInt32("de kop");
        CheckDims(path, dims);
        var fileType = rawFileType % QuantizationVersionFactor;
        if (rawFileType < 0 || !WhisperTensorLayout.TryGetWeightType(fileType, out var weightType))
        {
            throw ModelFileException.Damaged(path, $"ftype {rawFileType} is geen geldig gewichtstype voor whisper.cpp.");
        }

        ReadMelFilters(cursor, dims);
        var vocabularyInFile = ReadVocabulary(cursor);
        var tensors = ReadTensors(cursor, dims, weightType);

        return new WhisperModelInfo
        {
            FilePath = path,
            FileLength = cursor.Length,
            Dims = dims,
            FileType = fileType,
            QuantizationVersion = rawFileType / QuantizationVersionFactor,
            WeightType = weightType,
            VocabularyInFile = vocabularyInFile,
            Tensors = tensors,
        };
    }

    private static void CheckDims(string path, WhisperDims dims)
    {
        if (dims.VocabularySize < WhisperDims.MinVocabularySize || dims.VocabularySize > MaxContext)
        {
            throw ModelFileException.Damaged(path, $"n_vocab is {dims.VocabularySize}; whisper.cpp heeft er minstens {WhisperDims.MinVocabularySize} nodig (de speciale tokens liggen vast rond 50256–50363).");
        }

        if (dims.TextState != dims.AudioState)
        {
            throw ModelFileException.Damaged(path, $"n_text_state ({dims.TextState}) is niet gelijk aan n_audio_state ({dims.AudioState}).");
        }

        CheckRange(path, "n_audio_ctx", dims.AudioContext, MaxContext);
        CheckRange(path, "n_audio_state", dims.AudioState, MaxWidth);
        CheckRange(path, "n_audio_head", dims.AudioHeads, dims.AudioState);
        CheckRange(path, "n_audio_layer", dims.AudioLayers, MaxLayers);
        CheckRange(path, "n_text_ctx", dims.TextContext, MaxContext);
        CheckRange(path, "n_text_head", dims.TextHeads, dims.TextState);
        CheckRange(path, "n_text_layer", dims.TextLayers, MaxLayers);
        CheckRange(path, "n_mels", dims.MelCount, MaxWidth);
        if (dims.AudioState % dims.AudioHeads != 0 || dims.TextState % dims.TextHeads != 0)
        {
            throw ModelFileException.Damaged(path, $"de breedte {dims.AudioState} is niet deelbaar door het aantal attention-heads ({dims.AudioHeads}/{dims.TextHeads}).");
        }
    }

    private static void CheckRange(string path, string name, int value, int max)
    {
        if (value < 1 || value > max)
        {
            throw ModelFileException.Damaged(path, $"{name} is {value}; dat kan niet (1 tot {max}).");
        }
    }

    private static void ReadMelFilters(ModelFileCursor cursor, WhisperDims dims)
    {
        var path = cursor.FilePath;
        var melCount = cursor.ReadInt32("de mel-filters");
        var fftSize = cursor.ReadInt32("de mel-filters");
        if (melCount != dims.MelCount || fftSize != FftSize)
        {
            throw ModelFileException.Damaged(path, $"de mel-filterbank is {melCount} × {fftSize}, verwacht {dims.MelCount} × {FftSize}.");
        }

        cursor.Skip((long)melCount * fftSize * sizeof(float), "de mel-filters");
    }

    private static int ReadVocabulary(ModelFileCursor cursor)
    {
        var path = cursor.FilePath;
        var count = cursor.ReadInt32("het vocabulaire");

        if (count is < 0 or > MaxVocabularyInFile)
        {
            throw ModelFileException.Damaged(path, $"het vocabulaire zegt {count} tokens te bevatten; dat kan niet.");
        }

        // Each entry is at least its 4-byte length; a plausible count that doesn't fit means a cut-off file.
        cursor.Require((long)count * sizeof(uint), "het vocabulaire");

        var hasSpace = false;
        for (var i = 0; i < count; i++)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"het vocabulaire (token {i})");
            var length = cursor.ReadUInt32(where);
            if (length == 1)
            {
                hasSpace |= cursor.ReadByte(where) == (byte)' ';
            }
            else
            {
                cursor.Skip(length, where);
            }
        }

        if (!hasSpace)
        {
            throw ModelFileException.Damaged(path, "het vocabulaire mist het token \" \" (één spatie); whisper.cpp breekt daarop af tijdens het transcriberen.");
        }

        return count;
    }

    private static List<ModelTensorInfo> ReadTensors(ModelFileCursor cursor, WhisperDims dims, GgmlType weightType)
    {
        var path = cursor.FilePath;
        var expected = WhisperTensorLayout.Create(dims, weightType).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var tensors = new List<ModelTensorInfo>(expected.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Span<long> shape = stackalloc long[4];
        Span<byte> nameBytes = stackalloc byte[MaxTensorNameBytes];

        // whisper.cpp reads tensor records until the end of the file; a partial record is an error here.
        while (cursor.Remaining > 0)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"de kop van tensor {tensors.Count + 1}");
            cursor.Require(3 * sizeof(int), where);
            var dimensionCount = cursor.ReadInt32(where);
            var nameLength = cursor.ReadInt32(where);
            var typeId = cursor.ReadInt32(where);
            if (dimensionCount is < 0 or > 4)
            {
                throw ModelFileException.Damaged(path, $"tensor {tensors.Count + 1} heeft {dimensionCount} dimensies (0 tot 4).");
            }

            if (nameLength is < 1 or > MaxTensorNameBytes)
            {
                throw ModelFileException.Damaged(path, $"tensor {tensors.Count + 1} heeft een naam van {nameLength} bytes.");
            }

            shape.Fill(1);
            for (var d = 0; d < dimensionCount; d++)
            {
                shape[d] = cursor.ReadInt32(where);
            }

            cursor.ReadExactly(nameBytes[..nameLength], where);
            var name = Encoding.UTF8.GetString(nameBytes[..nameLength]);
            if (!expected.TryGetValue(name, out var spec))
            {
                throw ModelFileException.Damaged(path, $"de tensor '{name}' is onbekend voor whisper.cpp (bij deze afmetingen).");
            }

            if (!seen.Add(name))
            {
                throw ModelFileException.Damaged(path, $"de tensor '{name}' komt twee keer voor.");
            }

            var expectedShape = new long[] { 1, 1, 1, 1 };
            spec.Dimensions.CopyTo(expectedShape, 0);
            var elements = GgmlTypeTraits.ElementCount(shape[..Math.Max(dimensionCount, 1)]);
            if (!shape.SequenceEqual(expectedShape) || elements != spec.ElementCount)
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' heeft vorm [{string.Join(", ", shape[..dimensionCount].ToArray())}], verwacht [{string.Join(", ", spec.Dimensions)}].");
            }

            if (!GgmlTypeTraits.TryGet(typeId, out _, out var typeSize))
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' heeft het onbekende ggml-type {typeId}.");
            }

            // whisper.cpp's own test: nelements * type_size(file type) / blck_size(expected type) == nbytes(expected).
            GgmlTypeTraits.TryGet((int)spec.Type, out var expectedBlock, out _);
            if (elements * typeSize / expectedBlock != spec.ByteSize)
            {
                throw ModelFileException.Damaged(path, $"tensor '{name}' heeft type {DescribeType(typeId)}, whisper.cpp verwacht {spec.Type} ({spec.ByteSize} bytes).");
            }

            var tensorWhere = $"tensor '{name}'";
            var offset = cursor.Position;
            cursor.Skip(spec.ByteSize, tensorWhere);
            tensors.Add(new ModelTensorInfo(name, (GgmlType)typeId, spec.Dimensions, offset, spec.ByteSize));
        }

        if (tensors.Count != expected.Count)
        {
            var missing = expected.Keys.First(name => !seen.Contains(name));
            throw ModelFileException.Damaged(path, $"tensor '{missing}' ontbreekt ({tensors.Count} van de {expected.Count} tensors gevonden).");
        }

        return tensors;
    }

    private static string DescribeType(int typeId) =>
        Enum.IsDefined((GgmlType)typeId) ? ((GgmlType)typeId).ToString() : typeId.ToString(CultureInfo.InvariantCulture);
}
