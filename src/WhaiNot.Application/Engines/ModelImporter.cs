using WhaiNot.Application.SystemInfo;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Models;
using WhaiNot.Native.Runtime;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Engines;

/// <summary>
/// whainot models import: copies the model files IT brings (USB stick, share) into the box. Every
/// file is checked before any is copied (format, the manifest, the pinned SHA-256, disk space), so a
/// refused import changes nothing. A shipped entry without a hash is pinned to the imported file;
/// a file the manifest doesn't list is refused unless IT allows it, and then its hash is recorded and
/// named in every AI statement like any model's.
/// </summary>
public sealed class ModelImporter(ModelCatalog catalog, ImportedModelStore imported, DataFolder folder, DiskSpace disk, AuditLog audit, TimeProvider time)
{
    /// <summary>Raised after an import so loaded engines switch to the new model without a restart.</summary>
    public event Action? Imported;

    /// <exception cref="InvalidRequestRefusal">A file is missing, not a model, not the listed one, or the disk is too small; nothing was copied.</exception>
    public IReadOnlyList<ModelImportResult> Import(string actor, string? fromFolder, bool allowUnlisted)
    {
        var candidates = Candidates(fromFolder);
        var manifest = catalog.Effective();
        var checkedFiles = candidates.Select(path => Check(path, manifest, allowUnlisted)).ToList();
        CheckDiskSpace(checkedFiles);

        Directory.CreateDirectory(folder.ModelsFolder);
        var results = new List<ModelImportResult>();
        foreach (var file in checkedFiles)
        {
            var present = CopyIn(file);
            imported.Save(new ImportedModel(file.Name, file.FileName, file.Engine, file.Sha256, file.SizeBytes, file.Unlisted, time.GetUtcNow(), actor));
            audit.Append(actor, AuditAction.ModelImport, $"{file.FileName} sha256:{file.Sha256}", file.Unlisted ? "unlisted" : "ok");
            results.Add(new ModelImportResult(file.FileName, file.Name, file.Engine, file.Sha256, file.SizeBytes, file.Unlisted, present));
        }

        Imported?.Invoke();
        return results;
    }

    private static List<string> Candidates(string? fromFolder)
    {
        if (string.IsNullOrWhiteSpace(fromFolder) || !Path.IsPathFullyQualified(fromFolder))
        {
            throw new InvalidRequestRefusal("Geef de map met de modelbestanden als volledig pad op (--from).");
        }

        if (!Directory.Exists(fromFolder))
        {
            throw new InvalidRequestRefusal($"De map '{fromFolder}' bestaat niet of is niet leesbaar voor de service.");
        }

        var files = Directory.EnumerateFiles(fromFolder)
            .Where(f => f.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0
            ? files
            : throw new InvalidRequestRefusal($"In '{fromFolder}' staat geen modelbestand (.bin voor Whisper, .gguf voor het taalmodel).");
    }

    private static CheckedModel Check(string path, ModelManifest manifest, bool allowUnlisted)
    {
        var fileName = Path.GetFileName(path);
        var engine = path.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase) ? EngineNames.Llama : EngineNames.Whisper;
        try
        {
            if (engine == EngineNames.Whisper)
            {
                WhisperModelReader.Read(path);
            }
            else
            {
                GgufReader.Read(path);
            }
        }
        catch (ModelFileException ex)
        {
            throw new InvalidRequestRefusal($"'{fileName}' is geen bruikbaar {(engine == EngineNames.Whisper ? "Whisper-model (ggml)" : "GGUF-taalmodel")}: {ex.Message} Er is niets geïmporteerd.", ex);
        }

        var sha256 = ModelVerifier.Sha256Of(path);
        var size = new FileInfo(path).Length;
        var entry = manifest.FindByFile(fileName);
        if (entry is null)
        {
            if (!allowUnlisted)
            {
                var listed = string.Join(", ", manifest.Models.Where(m => !m.TestModel).Select(m => m.File));
                throw new InvalidRequestRefusal(
                    $"'{fileName}' staat niet in de lijst van ondersteunde modellen (firmware-config/models.json; ondersteund: {listed}). " +
                    "Met --allow-unlisted laat u het toch toe; de SHA-256 komt dan in elke AI-verklaring. Er is niets geïmporteerd.");
            }

            return new CheckedModel(path, fileName, Path.GetFileNameWithoutExtension(fileName), engine, sha256, size, Unlisted: true);
        }

        if (entry.Engine != engine)
        {
            throw new InvalidRequestRefusal($"'{fileName}' hoort volgens de lijst bij engine '{entry.Engine}', maar is een {engine}-bestand. Er is niets geïmporteerd.");
        }

        if (entry.Sha256.Length != 0 && entry.Sha256 != sha256)
        {
            throw new InvalidRequestRefusal(
                $"'{fileName}' is niet het vastgepinde model '{entry.Name}' (SHA-256 {sha256}, verwacht {entry.Sha256}). " +
                "Het bestand is beschadigd of een ander model. Er is niets geïmporteerd.");
        }

        return new CheckedModel(path, fileName, entry.Name, engine, sha256, size, Unlisted: false);
    }

    private void CheckDiskSpace(List<CheckedModel> files)
    {
        var state = disk.Check();
        var needed = files.Sum(f => f.SizeBytes);
        if (state.FreeBytes - needed < state.WarningBytes)
        {
            throw new InvalidRequestRefusal(
                $"Te weinig schijfruimte voor deze modellen: ze vragen {DiskTexts.Megabytes(needed)}, er is {DiskTexts.Megabytes(state.FreeBytes)} vrij " +
                $"en {DiskTexts.Megabytes(state.WarningBytes)} moet vrij blijven voor opnames. Er is niets geïmporteerd.");
        }
    }

    /// <summary>Copies next to the target, checks the copy's hash (a bad USB read), then renames over it in one step. True when the same file was already there.</summary>
    private bool CopyIn(CheckedModel file)
    {
        var target = Path.Combine(folder.ModelsFolder, file.FileName);
        if (File.Exists(target) && ModelVerifier.Sha256Of(target) == file.Sha256)
        {
            return true;
        }

        var partial = target + ".importing";
        try
        {
            using (var input = new FileStream(file.Source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.WriteThrough))
            {
                input.CopyTo(output);
                output.Flush(flushToDisk: true);
            }

            if (ModelVerifier.Sha256Of(partial) != file.Sha256)
            {
                throw new InvalidRequestRefusal($"De kopie van '{file.FileName}' verschilt van het origineel (leesfout op de stick of share?). Probeer opnieuw.");
            }

            File.Move(partial, target, overwrite: true);
            return false;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private sealed record CheckedModel(string Source, string FileName, string Name, string Engine, string Sha256, long SizeBytes, bool Unlisted);
}

/// <summary>One imported file; <paramref name="AlreadyPresent"/>: the same file was already on the box.</summary>
public sealed record ModelImportResult(string File, string Name, string Engine, string Sha256, long SizeBytes, bool Unlisted, bool AlreadyPresent);
