namespace Aloud.Store.S3;

/// <summary>
/// Where blobs go on S3, written <c>s3://BUCKET/PREFIX</c>; the endpoint and credentials come from the standard AWS
/// variables (AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION).
/// </summary>
/// <param name="Bucket">The bucket, which must exist.</param>
/// <param name="Prefix">Prepended to every key ("" or a folder ending in '/').</param>
public sealed record S3Address(string Bucket, string Prefix)
{
    public static bool IsS3(string? text) => text is not null && text.StartsWith("s3://", StringComparison.OrdinalIgnoreCase);

    public static S3Address Parse(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (!IsS3(text)) throw new ArgumentException($"--blobs: expected s3://BUCKET/PREFIX or a folder, got '{text}'");
        var rest = text["s3://".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        // Bucket names: 3-63 lowercase letters, digits, '.', '-' (the S3 rule; any compatible server accepts these).
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-'))
        {
            throw new ArgumentException($"--blobs: '{bucket}' is not a valid S3 bucket name (3-63 lowercase letters, digits, '.' and '-')");
        }
        if (prefix.Length > 0) BlobKeys.Validate(prefix);
        return new S3Address(bucket, prefix.Length == 0 ? "" : prefix + "/");
    }

    public override string ToString() => $"s3://{Bucket}/{Prefix}";
}
