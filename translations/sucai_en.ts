<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>sucai::Application</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sucai is already running for this user. Use its window, or quit it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 endpoint URL (default: $AWS_ENDPOINT_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (default: $AWS_REGION, or us-east-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud APPID, for COS without --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address buckets as a path (http://host/bucket/key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request signature: v4 (default) or cos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print results as JSON, one object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on folders (prefixes) recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of a presigned URL in seconds (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: no command given (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --signature must be v4 or cos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --expires takes a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --concurrency takes a number from 1 to 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: not an http(s) endpoint URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: Tencent COS needs --region (e.g. ap-guangzhou) and --appid, or an --endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2  %3/s  ETA %4  %5/%6 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of transfers to run at once (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart part size, e.g. 16M (at least 5M; grown when a file needs more than 10,000 parts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit per direction, e.g. 500K or 10M bytes per second (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the destination exists: overwrite (default), skip, rename (keep both), identical (skip when identical) or ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unfinished transfers (same as the resume command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --part-size takes a size from 5M to 5G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --bwlimit takes a rate such as 500K or 10M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --on-conflict takes overwrite, skip, rename, identical or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control of uploads: a preset (no-cache, 1h, 1d, 1w, immutable) or a value of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type of uploads (default: guessed from each file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store text assets gzip-compressed with Content-Encoding: gzip (html, css, js, json, svg, txt, xml, ... see --gzip-ext).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated extensions to compress instead of the default list (implies --gzip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --content-type takes a media type such as text/html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload checksums the server verifies before storing: crc32 (S3 trailing CRC32 checksums; AWS S3, MinIO, Ceph 18+), off, or auto (default: crc32 for AWS, otherwise as $AWS_REQUEST_CHECKSUM_CALCULATION says: when_supported or when_required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --checksum takes auto, crc32 or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --checksum crc32 needs S3 signatures (--signature v4); COS checks CRC64 by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sucai&apos;s object storage engine, without a window.

Commands:
  ls [-r] [s3://BUCKET[/PREFIX]]        list buckets, or objects and folders
  put [-r] LOCAL... s3://BUCKET/PREFIX/  upload files (and folders with -r)
  get [-r] s3://BUCKET/KEY|PREFIX/ DIR   download an object (or a folder with -r)
  rm [-r] s3://BUCKET/KEY|PREFIX/        delete an object (or everything below a prefix)
  cp [-r] SOURCE DEST                    copy on the server (s3:// to s3://)
  mv [-r] SOURCE DEST                    move on the server (copy, then delete)
  stat s3://BUCKET/KEY                   show an object&apos;s size, headers and metadata
  presign [--expires S] s3://BUCKET/KEY  print a URL anyone can GET for S seconds
  mb s3://BUCKET                         create a bucket
  resume                                 continue transfers that were interrupted
  usage [--source tencent|rgw|ledger] [--bucket B] [--month YYYY-MM]
                                         free-tier usage: used, free amount, percent,
                                         month-end projection and estimated cost

Credentials come from the environment, as aws-cli reads them: AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_ENDPOINT_URL, AWS_REGION; for Tencent
COS also TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN.

usage reads Tencent Cloud Monitor and CDN (--source tencent, the default for COS; needs
the CAM permissions monitor:GetMonitorData and cdn:DescribeCdnData), a Ceph RGW&apos;s admin
API (--source rgw; the user needs the caps usage=read and buckets=read), or what
sucai-cli itself moved (--source ledger, the default elsewhere; &quot;measured by this app
only&quot;). Free tier and prices as the app&apos;s dashboard: freetier.json and prices.json in
the data folder ($SUCAI_DATA_DIR) override the shipped ones. --json prints one object:
month, source, items [{item, status, unit, used, quota, percent, projected,
projectedLow, projectedHigh, costSoFar, costProjected, runsOutOn}], total, currency,
examplePrices, priceLabel, firstToRunOut, errors.

Exit status: 0 all done, 1 some operations failed (each is named), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where usage numbers come from: tencent (Cloud Monitor; default for COS), rgw (Ceph RGW admin API) or ledger (what sucai-cli moved; default otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage of this bucket only (default: every bucket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage of this month (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceph RGW user whose usage to read (default: the owner of the access key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day CDN was activated, for the new-user CDN package&apos;s free amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day a custom CDN domain was attached, for its monthly free CDN package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --source takes tencent, rgw or ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --month takes a month as YYYY-MM, e.g. 2026-11, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --bucket takes a bucket name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --%1 takes a day as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cli::Cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: unknown command &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli ls [-r] [s3://BUCKET[/PREFIX]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: not an s3:// address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli stat s3://BUCKET/KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:          %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETag:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC64-ECMA:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata:      %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli presign [--expires SECONDS] s3://BUCKET/KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --expires must be between 1 and 604800 seconds (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: presign needs credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli mb s3://BUCKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make_bucket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli rm [-r] s3://BUCKET/KEY|PREFIX/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli %1 [-r] SOURCE DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: %1 copies between s3:// addresses; use put/get for local files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli put [-r] LOCAL... s3://BUCKET/PREFIX/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: %1 is a folder: use put -r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli get [-r] s3://BUCKET/KEY|PREFIX/ LOCALDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: %1 is a folder: use get -r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused to download: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: transfers paused. Run &quot;sucai-cli resume&quot; to continue them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1; it was moved to %2 and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: transfers will not be resumable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. [o]verwrite, [s]kip, [r]ename (keep both)? </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials expired: set new ones and run &quot;sucai-cli resume&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n transfer(s).</source>
        <translation>
            <numerusform>Resuming %n transfer.</numerusform>
            <numerusform>Resuming %n transfers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sucai-cli usage [--source tencent|rgw|ledger] [--bucket B] [--month YYYY-MM] [--uid UID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cli::UsageCommand</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <comment>a range of amounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: no storage connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --month %1 has not begun yet (this month is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --source tencent needs a Tencent Cloud API key: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: --source tencent needs the APPID: give --appid or the full bucket name (examplebucket-1250000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the usage ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which RGW user this key belongs to (%1); give it with --uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sucai-cli: the server does not say which user this key belongs to: give the RGW user with --uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the buckets whose usage to read (%1); name one with --bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key lists no COS buckets whose usage Cloud Monitor could report; name one with --bucket and the APPID with --appid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier usage, %1 (complete), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier usage, %1 (day %2 of %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sucai-cli&apos;s own transfers with this key, not other clients&apos; traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a: not measured by this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month end: projected from the days so far; a range while there are few of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First to run out: %1, used up on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>First to run out: %1, at this pace on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>First to run out: %1, at this pace on %2 (in %n day).</numerusform>
            <numerusform>First to run out: %1, at this pace on %2 (in %n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>First to run out: nothing, every item stayed within its free amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First to run out: nothing at this pace this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CDN new-user package: %n day(s) left, expires on %1.</source>
        <translation>
            <numerusform>CDN new-user package: %n day left, expires on %1.</numerusform>
            <numerusform>CDN new-user package: %n days left, expires on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost beyond the free tier: %1 %2 for the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost beyond the free tier: %1 %3 so far, %2 %3 by the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Your own prices go in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example prices, not a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::AssumeRoleWithWebIdentityJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::AwsChunkedBody</name>
    <message>
        <source>The upload body cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::AwsConfigImport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1” was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it assumes a role (role_arn, source_profile), and Sucai does not assume roles from the AWS files. Use QR sign-in or access keys instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it signs in through AWS IAM Identity Center (sso_…), which Sucai does not support. Use access keys instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its keys come from a program (credential_process), which Sucai does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no access key (aws_access_key_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an access key id but no secret key (aws_secret_access_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are temporary keys (aws_session_token): they stop working when they expire, and Sucai cannot renew them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is set; us-east-1 is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown addressing_style “%1”; the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its endpoint_url “%1” is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region %1 differs from the region of the COS endpoint; %2 is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent COS is reached over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent COS bucket names end in the APPID (&quot;assets-1250000000&quot;): enter the APPID in the profile, or use full bucket names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::BucketSizeScan</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to this account was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the same listing page twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CdnApi</name>
    <message>
        <source>Tencent Cloud answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud sent an answer Sucai cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not manage the CDN domain of these URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not call %1. Grant its CAM user or role the permission %2 (for example with the preset policy QcloudCDNFullAccess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud does not know this SecretId: check the key or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request signature: the SecretKey is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from Tencent Cloud&apos;s: set the clock right and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary credentials are no longer valid: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s prefetch quota is used up: try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s purge quota is used up: try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many URLs in one request for this account&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL&apos;s domain is not a CDN domain of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN is not activated for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL&apos;s CDN domain is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to Tencent Cloud: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud refused a URL of this request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud could not answer right now (%1): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tencent Cloud says: %2</source>
        <comment>explanation, then the server&apos;s message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent CDN accepted the request but sent no TaskId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent CDN sent no %1 quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent CDN sent a quota Sucai cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CdnCacheJob</name>
    <message>
        <source>Not a CDN URL (it must start with https:// or http://): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tencent Cloud key for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Tencent Cloud (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the Chinese mainland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worldwide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the Chinese mainland</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln URL(s) to purge, but only %1 of today&apos;s %2 URL purges %3 are left. Choose fewer objects or try again tomorrow.</source>
        <translation>
            <numerusform>%Ln URL to purge, but only %1 of today&apos;s %2 URL purges %3 are left. Choose fewer objects or try again tomorrow.</numerusform>
            <numerusform>%Ln URLs to purge, but only %1 of today&apos;s %2 URL purges %3 are left. Choose fewer objects or try again tomorrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln URL(s) to prefetch, but only %1 of today&apos;s %2 URL prefetches %3 are left. Choose fewer objects or try again tomorrow.</source>
        <translation>
            <numerusform>%Ln URL to prefetch, but only %1 of today&apos;s %2 URL prefetches %3 are left. Choose fewer objects or try again tomorrow.</numerusform>
            <numerusform>%Ln URLs to prefetch, but only %1 of today&apos;s %2 URL prefetches %3 are left. Choose fewer objects or try again tomorrow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tencent CDN named no quota for this area: sent without checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CompleteMultipartUploadJob</name>
    <message>
        <source>A multipart upload needs at least one part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1). You are signed in for this session only; nothing secret is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the secret in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::DeleteObjectsJob</name>
    <message>
        <source>This object name holds characters a batch delete cannot carry; delete it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::DeviceAuthFlow</name>
    <message>
        <source>The sign-in provider has no OpenID configuration at this issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::GetObjectJob</name>
    <message>
        <source>No local file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the download into place at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent another byte range than asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ignored the requested byte range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot continue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::LedgerUsageProvider</name>
    <message>
        <source>Measured by this app only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the usage ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage ledger is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::ListMultipartUploadsJob</name>
    <message>
        <source>The server keeps returning the same page of uploads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::ListPartsJob</name>
    <message>
        <source>The server keeps returning the same page of parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::OidcApi</name>
    <message>
        <source>The sign-in provider&apos;s configuration is not JSON. Is the issuer URL right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider names itself %1, not %2: check the issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider names no usable token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in provider does not offer sign-in from another device (no device_authorization_endpoint). Ask its administrator to enable the OAuth device flow for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider refused to start a sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider does not know this client ID or does not allow it the device flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider&apos;s answer lacks the device code, user code, verification address or expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider&apos;s token answer is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider answered HTTP %1 without an OAuth error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider has no OpenID configuration at this issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::PrefixListing</name>
    <message>
        <source>The account is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the COS region, such as ap-guangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APPID is a number, such as 1250000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint as a URL starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDN domain is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID (SecretId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sign-in issuer as a URL starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID registered with the sign-in provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the role to assume (RoleArn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the identity provider name (ProviderId) for Tencent STS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS endpoint must be a URL starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent COS profiles exchange sign-ins at Tencent STS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session length must be between 15 minutes and 36 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings do not make a storage endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::PutObjectJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::RgwUsageApi</name>
    <message>
        <source>The server&apos;s usage log answer cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s bucket statistics cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 may not read the usage log: an administrator grants it with radosgw-admin caps add --uid=%1 --caps=&quot;usage=read&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 may not read bucket statistics: an administrator grants it with radosgw-admin caps add --uid=%1 --caps=&quot;buckets=read&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no Ceph RGW admin API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::RgwUsageProvider</name>
    <message>
        <source>Ceph RGW admin API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to this account was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::SignInSession</name>
    <message>
        <source>Sign in with the QR code to use this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has run out. Sign in again with the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has ended at the provider. Sign in again with the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage service refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::StorageError</name>
    <message>
        <source>The object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart upload no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: these credentials lack permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is wrong: the server rejected the request signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID is not known to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary credentials have expired: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already own this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is in arrears: storage is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the multipart upload is missing or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket lives in another region or endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response Sucai cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (details)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>resource: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage quota is exceeded: delete objects or raise the quota, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no HTTP answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::StorageJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpectedly large response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke during the transfer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to this account was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object name is longer than 1024 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object names with &quot;.&quot; or &quot;..&quot; as a folder name cannot be opened directly; rename or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bucket given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mismatch: the server reports %2, the data has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded data could not be checked against what was sent; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server does not accept S3 trailing checksums (CRC32): turn upload checksums off for this account (sucai-cli --checksum off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::StsApi</name>
    <message>
        <source>The STS refused the sign-in: the role does not trust this identity provider or user, or the token was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS answer holds no complete temporary credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS answer is not the expected JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::TencentUsageApi</name>
    <message>
        <source>Tencent Cloud answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud sent an answer Sucai cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not read Cloud Monitor data. Grant its CAM user or role the permission %1 (for example with the preset policy QcloudMonitorReadOnlyAccess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not read CDN statistics. Grant its CAM user or role the permission %1 (for example with the preset policy QcloudCDNReadOnlyAccess).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud does not know this SecretId: check the key or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request signature: the SecretKey is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from Tencent Cloud&apos;s: set the clock right and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary credentials are no longer valid: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key needs multi-factor authentication, which Sucai cannot provide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests to Tencent Cloud: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN is not activated for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud could not answer right now (%1): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Tencent Cloud says: %2</source>
        <comment>explanation, then the server&apos;s message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Monitor sent no DataPoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud Monitor sent %1 time stamps for %2 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CDN API sent no Data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::TencentUsageProvider</name>
    <message>
        <source>Tencent Cloud Monitor and CDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tencent Cloud key for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the APPID and the buckets whose usage Cloud Monitor should report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach Tencent Cloud (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::UploadPartJob</name>
    <message>
        <source>Part numbers go from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::UsageProvider</name>
    <message>
        <source>No month to report usage for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::cloud::s3xml</name>
    <message>
        <source>The response has more than one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is malformed or cut short (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is empty or not XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a %1 document, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing does not say whether it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listing is incomplete but gives no way to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the listing lacks its key or size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upload ID in the response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part in the listing lacks its number or size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::CacheControl</name>
    <message>
        <source>Always revalidate (no-cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year, never changes (versioned file names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cache-Control value (printable ASCII, one line) or one of the presets no-cache, 1h, 1d, 1w, immutable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::FileSliceDevice</name>
    <message>
        <source>A file slice can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is shorter than expected: it changed while being uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::FreeTier</name>
    <message>
        <source>&quot;%1&quot; must be an object ({ ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not supported (this version of Sucai reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The built-in free tier is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::JsonFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large to be a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting (known here: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::LocalPath</name>
    <message>
        <source>it contains an empty folder name (&quot;//&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains &quot;.&quot; or &quot;..&quot; as a folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in it is longer than 255 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would land outside the chosen folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::PriceTable</name>
    <message>
        <source>format %1 is not supported (this version of Sucai reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be a three-letter code such as CNY or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;label&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;example&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cdnTiers&quot; must be a list of tiers ([ { ... }, ... ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cdnTiers[%1]&quot; must be an object ({ ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every price must be a number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cdnTiers&quot; must have at least one tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cdnTiers[%1].perGB&quot; must be a number from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last of &quot;cdnTiers&quot; may leave out &quot;upToGB&quot; (tier %1 does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;cdnTiers[%1].upToGB&quot; must be larger than the tier before&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The example prices are used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::TransferJournal</name>
    <message>
        <source>The transfer journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer journal %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no transfer %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the transfer journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a journal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Sucai (format %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a database, but not a transfer journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update its format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1 in the transfer journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty multipart upload id cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part number %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queue position must be a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the transfer history needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer journal %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::UploadEncoding</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start gzip compression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip compression failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::UsageItems</name>
    <message>
        <source>Standard storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN origin-pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::UsageLedger</name>
    <message>
        <source>Cannot open the usage ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a usage ledger (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Sucai (format %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a database, but not a usage ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage needs a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save usage to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the usage ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::core::UsageModel</name>
    <message numerus="yes">
        <source>The new-user CDN traffic package expires on %1, in %n day(s). CDN traffic after that is billed beyond the monthly free amount.</source>
        <translation>
            <numerusform>The new-user CDN traffic package expires on %1, in %n day. CDN traffic after that is billed beyond the monthly free amount.</numerusform>
            <numerusform>The new-user CDN traffic package expires on %1, in %n days. CDN traffic after that is billed beyond the monthly free amount.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this month&apos;s free %2 is used up (%3 used). More is billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has reached %2 % of the free %3 this month (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard storage (bytes, daily average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet egress (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN origin-pull (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN traffic (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::models::BucketModel</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::models::TransferModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::transfer::DownloadTask</name>
    <message>
        <source>Skipped: the file exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: identical to the local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free name found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough disk space for %1: %2 bytes needed, %3 free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::transfer::TransferService</name>
    <message>
        <source>Transfers will not be resumed after a restart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer journal was damaged; it was kept as %1 and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage will not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded (not a readable file or folder): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::transfer::TransferTask</name>
    <message>
        <source>Waiting for new credentials: sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your decision: the destination exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 Trying again in %n second.</numerusform>
            <numerusform>%1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sucai::transfer::UploadTask</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed after its upload began; start the upload again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the object exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: identical to the object on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free name found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for the storage service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds %1 bytes for %2, the file has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC64 mismatch: the server reports %1, the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing (gzip)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::Accounts</name>
    <message>
        <source>Enter the secret key in the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is not in the keychain: enter it in the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::AlertSettingsDialog</name>
    <message>
        <source>Usage Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification when an item reaches these percentages of its free amount this month (once each). Leave a field empty for no alerts on that item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages, separated by commas, e.g. 80, 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN package ends:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::BatchCopy</name>
    <message>
        <source>Nothing to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objects are already in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists there; not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied to %1, but not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: it must not be &quot;.&quot; or &quot;..&quot;, or contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is its name already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::BrowserController</name>
    <message numerus="yes">
        <source>%n object(s) listed</source>
        <translation>
            <numerusform>%n object listed</numerusform>
            <numerusform>%n objects listed</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) found starting with “%1”</source>
        <translation>
            <numerusform>%n object found starting with “%1”</numerusform>
            <numerusform>%n objects found starting with “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::DailyChart</name>
    <message>
        <source>%1 (today, so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>item: amount (exact amount)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily numbers for this month yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free amount per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::DashboardController</name>
    <message numerus="yes">
        <source>Free tier: %n alert(s) for %1</source>
        <translation>
            <numerusform>Free tier: %n alert for %1</numerusform>
            <numerusform>Free tier: %n alerts for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-usage-%2.csv</source>
        <comment>file name: bucket, month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Usage as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the CSV file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no numbers to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::DashboardWidget</name>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this month&apos;s daily usage as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the source for the latest numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage numbers could not be refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free tier this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated bill beyond the free tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First to run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN new-user package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>bucket · profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <comment>time (how long ago)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage numbers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not measured by this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated bill beyond the free tier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example prices, not a quote: put your own in prices.json in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month is over: these are its final numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The month is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the free amount was used up on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: at this pace the free amount runs out on %2, in %n day(s).</source>
        <translation>
            <numerusform>%1: at this pace the free amount runs out on %2, in %n day.</numerusform>
            <numerusform>%1: at this pace the free amount runs out on %2, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item stayed within its free amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace every item stays within its free amount this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the CDN activation date in the profile to follow the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires on %1
Activated on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic, stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sucai::ui::MainWindow</name>
    <message>
        <source>Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sucai %1&lt;/b&gt;&lt;br&gt;Desktop asset manager for object storage and CDN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bucket/folder/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload Files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload F&amp;older...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a bucket first: files are uploaded to the folder shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>Uploading %n item to %1</numerusform>
            <numerusform>Uploading %n items to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the files or folders to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s) to</source>
        <translation>
            <numerusform>Download %n item to</numerusform>
            <numerusform>Download %n items to</numerusform>
        </translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it, skip this file, or keep both (the new one is saved as &quot;name (1)&quot;)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this for all conflicts in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Presigned URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for 1 Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for 7 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) (%1) from %2?</source>
        <translation>
            <numerusform>Delete %n object (%1) from %2?</numerusform>
            <numerusform>Delete %n objects (%1) from %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s).</source>
        <translation>
            <numerusform>Deleted %n object.</numerusform>
            <numerusform>Deleted %n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s); some could not be deleted.</source>
        <translation>
            <numerusform>Deleted %n object; some could not be deleted.</numerusform>
            <numerusform>Deleted %n objects; some could not be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) selected (%1)</source>
        <translation>
            <numerusform>%n file selected (%1)</numerusform>
            <numerusform>%n files selected (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected</source>
        <translation>
            <numerusform>%n folder selected</numerusform>
            <numerusform>%n folders selected</numerusform>
        </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what would be deleted...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presigned URL copied: anyone with it can download the file until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the names listed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for every object in this folder and all its subfolders whose path starts with the text (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the filter (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its details and a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details and Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show URL as &amp;QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presigned, Valid for 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presigned, Valid for 1 Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presigned, Valid for 7 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with a phone&apos;s camera. Anyone with this link can download the file until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with a phone&apos;s camera. The link opens only if the file is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cut: paste them into another folder to move them.</source>
        <translation>
            <numerusform>%n item cut: paste them into another folder to move them.</numerusform>
            <numerusform>%n items cut: paste them into another folder to move them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) copied.</source>
        <translation>
            <numerusform>%n item copied.</numerusform>
            <numerusform>%n items copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy files or objects first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These objects belong to another account. Download them and upload them here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy or move is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n object(s).</source>
        <translation>
            <numerusform>Stopped after %n object.</numerusform>
            <numerusform>Stopped after %n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n object(s).</source>
        <translation>
            <numerusform>Moved %n object.</numerusform>
            <numerusform>Moved %n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s).</source>
        <translation>
            <numerusform>Copied %n object.</numerusform>
            <numerusform>Copied %n objects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be copied; the rest was done.</source>
        <translation>
            <numerusform>%n object could not be copied; the rest was done.</numerusform>
            <numerusform>%n objects could not be copied; the rest was done.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with &amp;QR Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import AWS CLI Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment; not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In with QR Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its keys and sign-in are deleted from the keychain; nothing on the server changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile with access keys was found in %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1. The secret keys are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AWS CLI Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads finished with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) done</source>
        <translation>
            <numerusform>%n file done</numerusform>
            <numerusform>%n files done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Usage Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) running, %1/s</source>
        <translation>
            <numerusform>%n transfer running, %1/s</numerusform>
            <numerusform>%n transfers running, %1/s</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation>
            <numerusform>%n transfer failed</numerusform>
            <numerusform>%n transfers failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage and Costs — Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD&amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy CDN URL</source>
        <translation>
            <numerusform>Copy CDN URL</numerusform>
            <numerusform>Copy CDN URLs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CDN URL(s) copied.</source>
        <translation>
            <numerusform>%n CDN URL copied.</numerusform>
            <numerusform>%n CDN URLs copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show CDN URL as QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with a phone&apos;s camera: the file through the CDN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge CDN Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefetch to CDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purging %n URL(s) from the CDN cache…</source>
        <translation>
            <numerusform>Purging %n URL from the CDN cache…</numerusform>
            <numerusform>Purging %n URLs from the CDN cache…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prefetching %n URL(s) to the CDN…</source>
        <translation>
            <numerusform>Prefetching %n URL to the CDN…</numerusform>
            <numerusform>Prefetching %n URLs to the CDN…</numerusform>
        </translation>
    </message>
    <message>
        <source>CDN purge requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN prefetch requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) accepted; the CDN finishes within minutes (task %1).</source>
        <translation>
            <numerusform>%n URL accepted; the CDN finishes within minutes (task %1).</numerusform>
            <numerusform>%n URLs accepted; the CDN finishes within minutes (task %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>CDN purge failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN prefetch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the CDN Cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded file(s) replaced files the CDN may still serve from its cache for a while.</source>
        <translation>
            <numerusform>%n uploaded file replaced a file the CDN may still serve from its cache for a while.</numerusform>
            <numerusform>%n uploaded files replaced files the CDN may still serve from its cache for a while.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge them from the CDN now, so that everyone gets the new version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always purge after replacing files in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the folders&apos; files for the CDN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files to send to the CDN: the folders are empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::ObjectActions</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: it must not be empty, &quot;.&quot; or &quot;..&quot;, or contain / \ or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to %1, but %2 could not be deleted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the properties of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::PreviewPane</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its details and a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No player: this build of Sucai has no audio or video playback (Qt Multimedia). Download the file to play it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to preview (%1). Download it to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object says it is gzip-compressed, but it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds binary data, not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (showing the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::ProfileDialog</name>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Team assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud COS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3-compatible (AWS, MinIO, Ceph…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://s3.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path style (host/bucket/key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual host (bucket.host/key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Signature V4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COS signature (q-sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. cdn.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDN domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR sign-in (OpenID Connect + STS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId / access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey / secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS-compatible STS (Ceph, MinIO, AWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STS endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key (it is kept in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answers but does not offer sign-in from another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in provider answers and offers QR sign-in. Save, then sign in to reach the storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key again to test it (it is not read back from the keychain here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the keys can list the buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the keys can read bucket “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::PropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the CDN or browser decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. attachment; filename=&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Disposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving copies the object onto itself with these headers; its bytes do not change. Archive classes take time to read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User metadata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache-Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be plain ASCII text on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata name &quot;%1&quot; may hold only letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata name &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be plain ASCII text on one line (S3 sends metadata as HTTP headers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::QrCodeDialog</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::QrCodeWidget</name>
    <message>
        <source>This link is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::SignInDialog</name>
    <message>
        <source>Sign In with QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open the link on any device, and sign in there. Nothing to type on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the other device shows this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the sign-in provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to scan the code and sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓
Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. Getting storage keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device. Get a new code to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before anyone signed in. Get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::TransferPanel</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume or retry the selected transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) left</source>
        <translation>
            <numerusform>%n transfer left</numerusform>
            <numerusform>%n transfers left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop files here to upload them to the folder shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All transfers finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwidth limit, each direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URLs of All Finished Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) copied.</source>
        <translation>
            <numerusform>%n URL copied.</numerusform>
            <numerusform>%n URLs copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with every paused transfer, also those left unfinished last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CDN URLs of All Finished Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CDN URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CDN URL(s) copied.</source>
        <translation>
            <numerusform>%n CDN URL copied.</numerusform>
            <numerusform>%n CDN URLs copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sucai::ui::TransfersController</name>
    <message>
        <source>%1 already exists in the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::UsageBar</name>
    <message>
        <source>No data for this month yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used</source>
        <comment>an amount with no free part</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free amount this month: all of it is billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free amount this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 on %2 (%3)</source>
        <comment>projected storage size on the last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 by %2 (%3)</source>
        <comment>projected month total</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, few days of data</source>
        <comment>a projection shown as a range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free amount used up on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs out ~%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>caption parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest daily average: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used this month: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: %1 (%2) every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free this month: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: %1 of the free amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Projected by %1: %2, most likely %3 (only %n whole day(s) of data)</source>
        <translation>
            <numerusform>Projected by %1: %2, most likely %3 (only %n whole day of data)</numerusform>
            <numerusform>Projected by %1: %2, most likely %3 (only %n whole days of data)</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected by %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free amount used up on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace the free amount runs out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated beyond the free tier: %1 so far, %2 by the month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::UsageFormat</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × 10k</source>
        <comment>requests in units of 10,000 (Chinese: 万次)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>requests in millions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>used / free amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of amounts with units</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× 10k requests</source>
        <comment>axis unit, requests in units of 10,000 (Chinese: 万次)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M requests</source>
        <comment>axis unit, requests in millions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date: day and month (QLocale format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date with the year (QLocale format)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year (QLocale format)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sucai::ui::WelcomePage</name>
    <message>
        <source>Sign in with QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code with your phone and sign in through your organisation&apos;s login: temporary keys, nothing to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud COS SecretId and SecretKey, or any S3 key pair. The secret stays in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket of sample materials on this computer&apos;s demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import AWS CLI profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ~/.aws/credentials and ~/.aws/config; secrets go to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Sucai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bucket on the left to browse its materials, or add another account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sucai keeps your images, videos and documents in cloud storage at hand. Connect an account to begin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket of sample materials on this computer&apos;s demo server (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running here: start it with packaging/demo.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
