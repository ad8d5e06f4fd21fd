namespace QaSearch.Core.Corpus;

/// <summary>
/// What an index remembers of a file it read, so that the next run can tell whether the file changed: its size and
/// modification time (checked first, without reading the file) and a hash of its content (checked when those
/// differ, so that a file only touched is not read again).
/// </summary>
/// <param name="Path">Full path of the file, as passages store it.</param>
/// <param name="Length">Size in bytes when it was read.</param>
/// <param name="LastWriteUtc">Modification time when it was read.</param>
/// <param name="Sha256">Hex SHA-256 of its bytes.</param>
/// <param name="Documents">Documents read from it.</param>
/// <param name="Passages">Passages stored for it.</param>
public sealed record IndexedFile(string Path, long Length, DateTime LastWriteUtc, string Sha256, int Documents, int Passages);
