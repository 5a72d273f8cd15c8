using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Aloud.Store.S3;

/// <summary>
/// Builds the S3 client from the standard AWS variables. A custom endpoint (AWS_ENDPOINT_URL: MinIO, Ceph, Garage,
/// s3rver...) gets path-style addressing, since such servers rarely have a DNS name per bucket. Checksums are sent
/// only where the API requires them: several compatible servers refuse the SDK's newer trailing-checksum uploads.
/// </summary>
public static class S3ClientFactory
{
    public static IAmazonS3 Create(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var config = new AmazonS3Config
        {
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            Timeout = TimeSpan.FromSeconds(60),
            MaxErrorRetry = 3,
        };
        var region = environment("AWS_REGION") ?? environment("AWS_DEFAULT_REGION") ?? "us-east-1";
        var endpoint = environment("AWS_ENDPOINT_URL_S3") ?? environment("AWS_ENDPOINT_URL");
        if (!string.IsNullOrEmpty(endpoint))
        {
            if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"AWS_ENDPOINT_URL must be an http(s) URL, got '{endpoint}'");
            }
            config.ServiceURL = uri.ToString();
            config.ForcePathStyle = true;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        var key = environment("AWS_ACCESS_KEY_ID");
        var secret = environment("AWS_SECRET_ACCESS_KEY");
        if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(secret))
        {
            throw new ArgumentException("S3 blobs need AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment");
        }
        var session = environment("AWS_SESSION_TOKEN");
        AWSCredentials credentials = string.IsNullOrEmpty(session) ? new BasicAWSCredentials(key, secret) : new SessionAWSCredentials(key, secret, session);
        return new AmazonS3Client(credentials, config);
    }
}
