<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>sucai::Application</name>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Sucai is already running for this user. Use its window, or quit it first.</source>
        <translation>素材已在为当前用户运行。请使用已打开的窗口，或先退出它。</translation>
    </message>
</context>
<context>
    <name>sucai::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>S3 endpoint URL (default: $AWS_ENDPOINT_URL).</source>
        <translation>S3 Endpoint 地址（默认为 $AWS_ENDPOINT_URL）。</translation>
    </message>
    <message>
        <source>Region (default: $AWS_REGION, or us-east-1).</source>
        <translation>地域（默认为 $AWS_REGION，未设置时为 us-east-1）。</translation>
    </message>
    <message>
        <source>Tencent Cloud APPID, for COS without --endpoint.</source>
        <translation>腾讯云 APPID，未指定 --endpoint 时用于访问 COS。</translation>
    </message>
    <message>
        <source>Address buckets as a path (http://host/bucket/key).</source>
        <translation>以路径形式访问存储桶（http://host/bucket/key）。</translation>
    </message>
    <message>
        <source>Request signature: v4 (default) or cos.</source>
        <translation>请求签名方式：v4（默认）或 cos。</translation>
    </message>
    <message>
        <source>Print results as JSON, one object per line.</source>
        <translation>以 JSON 格式输出结果，每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Act on folders (prefixes) recursively.</source>
        <translation>递归处理文件夹（前缀）。</translation>
    </message>
    <message>
        <source>Lifetime of a presigned URL in seconds (default 3600).</source>
        <translation>预签名链接的有效期，单位为秒（默认 3600）。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要执行的命令。</translation>
    </message>
    <message>
        <source>sucai-cli: no command given (see --help)</source>
        <translation>sucai-cli: 未指定命令（参见 --help）</translation>
    </message>
    <message>
        <source>sucai-cli: --signature must be v4 or cos</source>
        <translation>sucai-cli: --signature 只能是 v4 或 cos</translation>
    </message>
    <message>
        <source>sucai-cli: --expires takes a number of seconds</source>
        <translation>sucai-cli: --expires 的值应为秒数</translation>
    </message>
    <message>
        <source>sucai-cli: --concurrency takes a number from 1 to 256</source>
        <translation>sucai-cli: --concurrency 的值应为 1 到 256 之间的数字</translation>
    </message>
    <message>
        <source>sucai-cli: not an http(s) endpoint URL: %1</source>
        <translation>sucai-cli: 不是有效的 http(s) Endpoint 地址：%1</translation>
    </message>
    <message>
        <source>sucai-cli: Tencent COS needs --region (e.g. ap-guangzhou) and --appid, or an --endpoint</source>
        <translation>sucai-cli: 腾讯云 COS 需要指定 --region（如 ap-guangzhou）和 --appid，或指定 --endpoint</translation>
    </message>
    <message>
        <source>%1 / %2  %3/s  ETA %4  %5/%6 files</source>
        <translation>%1 / %2  %3/s  剩余时间 %4  %5/%6 个文件</translation>
    </message>
    <message>
        <source>Number of transfers to run at once (default 8).</source>
        <translation>同时进行的传输数（默认 8）。</translation>
    </message>
    <message>
        <source>Multipart part size, e.g. 16M (at least 5M; grown when a file needs more than 10,000 parts).</source>
        <translation>分块上传的分块大小，如 16M（至少 5M；文件超过 10,000 块时自动加大）。</translation>
    </message>
    <message>
        <source>Bandwidth limit per direction, e.g. 500K or 10M bytes per second (default: none).</source>
        <translation>每个方向的带宽限制，如每秒 500K 或 10M 字节（默认不限）。</translation>
    </message>
    <message>
        <source>When the destination exists: overwrite (default), skip, rename (keep both), identical (skip when identical) or ask.</source>
        <translation>目标已存在时：overwrite 覆盖（默认）、skip 跳过、rename 重命名（保留两者）、identical 内容相同时跳过，或 ask 询问。</translation>
    </message>
    <message>
        <source>Continue the unfinished transfers (same as the resume command).</source>
        <translation>继续未完成的传输（同 resume 命令）。</translation>
    </message>
    <message>
        <source>sucai-cli: --part-size takes a size from 5M to 5G</source>
        <translation>sucai-cli：--part-size 的取值范围为 5M 到 5G</translation>
    </message>
    <message>
        <source>sucai-cli: --bwlimit takes a rate such as 500K or 10M</source>
        <translation>sucai-cli：--bwlimit 需要一个速率，如 500K 或 10M</translation>
    </message>
    <message>
        <source>sucai-cli: --on-conflict takes overwrite, skip, rename, identical or ask</source>
        <translation>sucai-cli：--on-conflict 可取 overwrite、skip、rename、identical 或 ask</translation>
    </message>
    <message>
        <source>Cache-Control of uploads: a preset (no-cache, 1h, 1d, 1w, immutable) or a value of your own.</source>
        <translation>上传的 Cache-Control：预设（no-cache、1h、1d、1w、immutable）或自定义值。</translation>
    </message>
    <message>
        <source>Content-Type of uploads (default: guessed from each file name).</source>
        <translation>上传的 Content-Type（默认按文件名推断）。</translation>
    </message>
    <message>
        <source>Store text assets gzip-compressed with Content-Encoding: gzip (html, css, js, json, svg, txt, xml, ... see --gzip-ext).</source>
        <translation>以 gzip 压缩存储文本资源并设置 Content-Encoding: gzip（html、css、js、json、svg、txt、xml 等，见 --gzip-ext）。</translation>
    </message>
    <message>
        <source>Comma-separated extensions to compress instead of the default list (implies --gzip).</source>
        <translation>用逗号分隔的要压缩的扩展名，替代默认列表（隐含 --gzip）。</translation>
    </message>
    <message>
        <source>sucai-cli: --content-type takes a media type such as text/html</source>
        <translation>sucai-cli：--content-type 需要一个媒体类型，如 text/html</translation>
    </message>
    <message>
        <source>Upload checksums the server verifies before storing: crc32 (S3 trailing CRC32 checksums; AWS S3, MinIO, Ceph 18+), off, or auto (default: crc32 for AWS, otherwise as $AWS_REQUEST_CHECKSUM_CALCULATION says: when_supported or when_required).</source>
        <translation>上传时由服务器在存储前校验的校验和：crc32（S3 尾部 CRC32 校验和；AWS S3、MinIO、Ceph 18+）、off，或 auto（默认：AWS 用 crc32，其他按 $AWS_REQUEST_CHECKSUM_CALCULATION：when_supported 或 when_required）。</translation>
    </message>
    <message>
        <source>sucai-cli: --checksum takes auto, crc32 or off</source>
        <translation>sucai-cli：--checksum 只能是 auto、crc32 或 off</translation>
    </message>
    <message>
        <source>sucai-cli: --checksum crc32 needs S3 signatures (--signature v4); COS checks CRC64 by itself</source>
        <translation>sucai-cli：--checksum crc32 需要 S3 签名（--signature v4）；COS 会自行校验 CRC64</translation>
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
        <translation>素材的对象存储引擎（无窗口版）。

命令：
  ls [-r] [s3://BUCKET[/PREFIX]]        列出存储桶，或对象与文件夹
  put [-r] LOCAL... s3://BUCKET/PREFIX/  上传文件（加 -r 上传文件夹）
  get [-r] s3://BUCKET/KEY|PREFIX/ DIR   下载对象（加 -r 下载文件夹）
  rm [-r] s3://BUCKET/KEY|PREFIX/        删除对象（加 -r 删除前缀下的全部对象）
  cp [-r] SOURCE DEST                    在服务器端复制（s3:// 到 s3://）
  mv [-r] SOURCE DEST                    在服务器端移动（先复制，再删除）
  stat s3://BUCKET/KEY                   显示对象的大小、头部和元数据
  presign [--expires S] s3://BUCKET/KEY  输出任何人都可在 S 秒内 GET 的链接
  mb s3://BUCKET                         创建存储桶
  resume                                 继续被中断的传输
  usage [--source tencent|rgw|ledger] [--bucket B] [--month YYYY-MM]
                                         免费额度用量：已用、免费额度、百分比、
                                         月底预计和预估费用

凭证按 aws-cli 的方式从环境变量读取：AWS_ACCESS_KEY_ID、
AWS_SECRET_ACCESS_KEY、AWS_SESSION_TOKEN、AWS_ENDPOINT_URL、AWS_REGION；腾讯云
COS 还可使用 TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY、TENCENTCLOUD_SESSION_TOKEN。

usage 读取腾讯云监控与 CDN（--source tencent，COS 默认；需要 CAM 权限
monitor:GetMonitorData 和 cdn:DescribeCdnData）、Ceph RGW 的管理 API（--source rgw；
用户需要 caps usage=read 和 buckets=read），或 sucai-cli 自己传输的量（--source ledger，
其他情况默认；“仅本应用统计”）。免费额度和价格与应用的仪表盘相同：数据文件夹
（$SUCAI_DATA_DIR）中的 freetier.json 和 prices.json 会覆盖自带的配置。--json 输出一个
对象：month、source、items [{item, status, unit, used, quota, percent, projected,
projectedLow, projectedHigh, costSoFar, costProjected, runsOutOn}]、total、currency、
examplePrices、priceLabel、firstToRunOut、errors。

退出状态：0 全部完成，1 部分操作失败（逐一列出），2 用法错误。</translation>
    </message>
    <message>
        <source>Where usage numbers come from: tencent (Cloud Monitor; default for COS), rgw (Ceph RGW admin API) or ledger (what sucai-cli moved; default otherwise).</source>
        <translation>用量数据来源：tencent（云监控；COS 默认）、rgw（Ceph RGW 管理 API）或 ledger（sucai-cli 自己传输的量；其他情况默认）。</translation>
    </message>
    <message>
        <source>Usage of this bucket only (default: every bucket).</source>
        <translation>只看此存储桶的用量（默认：所有存储桶）。</translation>
    </message>
    <message>
        <source>Usage of this month (default: this month).</source>
        <translation>此月份的用量（默认：本月）。</translation>
    </message>
    <message>
        <source>Ceph RGW user whose usage to read (default: the owner of the access key).</source>
        <translation>要读取用量的 Ceph RGW 用户（默认：访问密钥的所有者）。</translation>
    </message>
    <message>
        <source>Day CDN was activated, for the new-user CDN package&apos;s free amount.</source>
        <translation>CDN 开通日期，用于计算新用户 CDN 流量包的免费额度。</translation>
    </message>
    <message>
        <source>Day a custom CDN domain was attached, for its monthly free CDN package.</source>
        <translation>绑定自定义 CDN 域名的日期，用于计算每月的免费 CDN 流量包。</translation>
    </message>
    <message>
        <source>sucai-cli: --source takes tencent, rgw or ledger</source>
        <translation>sucai-cli：--source 的取值为 tencent、rgw 或 ledger</translation>
    </message>
    <message>
        <source>sucai-cli: --month takes a month as YYYY-MM, e.g. 2026-11, not &quot;%1&quot;</source>
        <translation>sucai-cli：--month 的格式为 YYYY-MM，例如 2026-11，而不是“%1”</translation>
    </message>
    <message>
        <source>sucai-cli: --bucket takes a bucket name</source>
        <translation>sucai-cli：--bucket 需要一个存储桶名</translation>
    </message>
    <message>
        <source>sucai-cli: --%1 takes a day as YYYY-MM-DD</source>
        <translation>sucai-cli：--%1 的格式为 YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>sucai::cli::Cli</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>sucai-cli: unknown command &quot;%1&quot; (see --help)</source>
        <translation>sucai-cli: 未知命令“%1”（参见 --help）</translation>
    </message>
    <message>
        <source>usage: sucai-cli ls [-r] [s3://BUCKET[/PREFIX]]</source>
        <translation>用法：sucai-cli ls [-r] [s3://BUCKET[/PREFIX]]</translation>
    </message>
    <message>
        <source>sucai-cli: not an s3:// address: %1</source>
        <translation>sucai-cli: 不是 s3:// 地址：%1</translation>
    </message>
    <message>
        <source>usage: sucai-cli stat s3://BUCKET/KEY</source>
        <translation>用法：sucai-cli stat s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>Key:           %1</source>
        <translation>对象键：       %1</translation>
    </message>
    <message>
        <source>Size:          %1 (%2 bytes)</source>
        <translation>大小：         %1（%2 字节）</translation>
    </message>
    <message>
        <source>Modified:      %1</source>
        <translation>修改时间：     %1</translation>
    </message>
    <message>
        <source>ETag:          %1</source>
        <translation>ETag:          %1</translation>
    </message>
    <message>
        <source>Content-Type:  %1</source>
        <translation>Content-Type:  %1</translation>
    </message>
    <message>
        <source>Cache-Control: %1</source>
        <translation>Cache-Control: %1</translation>
    </message>
    <message>
        <source>Disposition:   %1</source>
        <translation>Disposition:   %1</translation>
    </message>
    <message>
        <source>Encoding:      %1</source>
        <translation>Encoding:      %1</translation>
    </message>
    <message>
        <source>Storage class: %1</source>
        <translation>存储类型：     %1</translation>
    </message>
    <message>
        <source>CRC64-ECMA:    %1</source>
        <translation>CRC64-ECMA:    %1</translation>
    </message>
    <message>
        <source>Metadata:      %1 = %2</source>
        <translation>元数据：       %1 = %2</translation>
    </message>
    <message>
        <source>usage: sucai-cli presign [--expires SECONDS] s3://BUCKET/KEY</source>
        <translation>用法：sucai-cli presign [--expires SECONDS] s3://BUCKET/KEY</translation>
    </message>
    <message>
        <source>sucai-cli: --expires must be between 1 and 604800 seconds (7 days)</source>
        <translation>sucai-cli: --expires 必须在 1 到 604800 秒（7 天）之间</translation>
    </message>
    <message>
        <source>sucai-cli: presign needs credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)</source>
        <translation>sucai-cli: presign 需要访问密钥（AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY，或 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY）</translation>
    </message>
    <message>
        <source>usage: sucai-cli mb s3://BUCKET</source>
        <translation>用法：sucai-cli mb s3://BUCKET</translation>
    </message>
    <message>
        <source>make_bucket: %1</source>
        <translation>已创建存储桶：%1</translation>
    </message>
    <message>
        <source>usage: sucai-cli rm [-r] s3://BUCKET/KEY|PREFIX/</source>
        <translation>用法：sucai-cli rm [-r] s3://BUCKET/KEY|PREFIX/</translation>
    </message>
    <message>
        <source>delete: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>usage: sucai-cli %1 [-r] SOURCE DESTINATION</source>
        <translation>用法：sucai-cli %1 [-r] SOURCE DESTINATION</translation>
    </message>
    <message>
        <source>sucai-cli: %1 copies between s3:// addresses; use put/get for local files</source>
        <translation>sucai-cli: %1 只能在 s3:// 地址之间复制；本地文件请使用 put/get</translation>
    </message>
    <message>
        <source>copy: %1 to %2</source>
        <translation>已复制：%1 → %2</translation>
    </message>
    <message>
        <source>move: %1 to %2</source>
        <translation>已移动：%1 → %2</translation>
    </message>
    <message>
        <source>usage: sucai-cli put [-r] LOCAL... s3://BUCKET/PREFIX/</source>
        <translation>用法：sucai-cli put [-r] LOCAL... s3://BUCKET/PREFIX/</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>sucai-cli: %1 is a folder: use put -r</source>
        <translation>sucai-cli: %1 是文件夹，请使用 put -r</translation>
    </message>
    <message>
        <source>upload: %1 to %2</source>
        <translation>已上传：%1 → %2</translation>
    </message>
    <message>
        <source>usage: sucai-cli get [-r] s3://BUCKET/KEY|PREFIX/ LOCALDIR</source>
        <translation>用法：sucai-cli get [-r] s3://BUCKET/KEY|PREFIX/ LOCALDIR</translation>
    </message>
    <message>
        <source>download: %1 to %2</source>
        <translation>已下载：%1 → %2</translation>
    </message>
    <message>
        <source>sucai-cli: %1 is a folder: use get -r</source>
        <translation>sucai-cli: %1 是文件夹，请使用 get -r</translation>
    </message>
    <message>
        <source>%1: refused to download: %2</source>
        <translation>%1：拒绝下载：%2</translation>
    </message>
    <message>
        <source>Interrupted: transfers paused. Run &quot;sucai-cli resume&quot; to continue them.</source>
        <translation>已中断：传输已暂停。运行“sucai-cli resume”继续。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>warning: %1; it was moved to %2 and a new one started.</source>
        <translation>警告：%1；已将其移至 %2 并新建传输记录。</translation>
    </message>
    <message>
        <source>warning: transfers will not be resumable: %1</source>
        <translation>警告：传输将无法续传：%1</translation>
    </message>
    <message>
        <source>%1 exists. [o]verwrite, [s]kip, [r]ename (keep both)? </source>
        <translation>%1 已存在。覆盖 [o]、跳过 [s]、重命名保留两者 [r]？</translation>
    </message>
    <message>
        <source>the credentials expired: set new ones and run &quot;sucai-cli resume&quot;</source>
        <translation>凭证已过期：请设置新凭证后运行“sucai-cli resume”</translation>
    </message>
    <message>
        <source>usage: sucai-cli resume</source>
        <translation>用法：sucai-cli resume</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n transfer(s).</source>
        <translation>
            <numerusform>正在继续 %n 个传输。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>上传到 %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>usage: sucai-cli usage [--source tencent|rgw|ledger] [--bucket B] [--month YYYY-MM] [--uid UID] [--json]</source>
        <translation>用法：sucai-cli usage [--source tencent|rgw|ledger] [--bucket B] [--month YYYY-MM] [--uid UID] [--json]</translation>
    </message>
</context>
<context>
    <name>sucai::cli::UsageCommand</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <comment>a range of amounts</comment>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>sucai-cli: no storage connection</source>
        <translation>sucai-cli：没有存储连接</translation>
    </message>
    <message>
        <source>sucai-cli: --month %1 has not begun yet (this month is %2)</source>
        <translation>sucai-cli：--month %1 尚未开始（本月是 %2）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>sucai-cli: --source tencent needs a Tencent Cloud API key: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)</source>
        <translation>sucai-cli：--source tencent 需要腾讯云 API 密钥：请设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY（或 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY）</translation>
    </message>
    <message>
        <source>sucai-cli: --source tencent needs the APPID: give --appid or the full bucket name (examplebucket-1250000000)</source>
        <translation>sucai-cli：--source tencent 需要 APPID：请使用 --appid 或完整的存储桶名（examplebucket-1250000000）</translation>
    </message>
    <message>
        <source>cannot open the usage ledger %1: %2</source>
        <translation>无法打开用量账本 %1：%2</translation>
    </message>
    <message>
        <source>cannot tell which RGW user this key belongs to (%1); give it with --uid</source>
        <translation>无法判断此密钥属于哪个 RGW 用户（%1）；请用 --uid 指定</translation>
    </message>
    <message>
        <source>sucai-cli: the server does not say which user this key belongs to: give the RGW user with --uid</source>
        <translation>sucai-cli：服务器没有说明此密钥属于哪个用户：请用 --uid 指定 RGW 用户</translation>
    </message>
    <message>
        <source>cannot list the buckets whose usage to read (%1); name one with --bucket</source>
        <translation>无法列出要读取用量的存储桶（%1）；请用 --bucket 指定一个</translation>
    </message>
    <message>
        <source>this key lists no COS buckets whose usage Cloud Monitor could report; name one with --bucket and the APPID with --appid</source>
        <translation>此密钥列不出云监控可报告用量的 COS 存储桶；请用 --bucket 指定存储桶，用 --appid 指定 APPID</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>all buckets</source>
        <translation>所有存储桶</translation>
    </message>
    <message>
        <source>bucket %1</source>
        <translation>存储桶 %1</translation>
    </message>
    <message>
        <source>Free tier usage, %1 (complete), %2</source>
        <translation>免费额度用量，%1（整月），%2</translation>
    </message>
    <message>
        <source>Free tier usage, %1 (day %2 of %3), %4</source>
        <translation>免费额度用量，%1（第 %2 天，共 %3 天），%4</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1，用户 %2</translation>
    </message>
    <message>
        <source>%1: sucai-cli&apos;s own transfers with this key, not other clients&apos; traffic</source>
        <translation>%1：sucai-cli 用此密钥进行的传输，不含其他客户端的流量</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>已用 %</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月底预计</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>目前费用</translation>
    </message>
    <message>
        <source>Est. cost</source>
        <translation>预计费用</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a: not measured by this source.</source>
        <translation>无：此数据来源不统计该项。</translation>
    </message>
    <message>
        <source>Month end: projected from the days so far; a range while there are few of them.</source>
        <translation>月底预计：按已过天数推算；天数较少时给出范围。</translation>
    </message>
    <message>
        <source>First to run out: %1, used up on %2.</source>
        <translation>最先用完：%1，已于 %2 用完。</translation>
    </message>
    <message numerus="yes">
        <source>First to run out: %1, at this pace on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>最先用完：%1，按当前速度将在 %2（%n 天后）用完。</numerusform>
        </translation>
    </message>
    <message>
        <source>First to run out: nothing, every item stayed within its free amount.</source>
        <translation>最先用完：无，各项都在免费额度内。</translation>
    </message>
    <message>
        <source>First to run out: nothing at this pace this month.</source>
        <translation>最先用完：按当前速度本月无。</translation>
    </message>
    <message numerus="yes">
        <source>CDN new-user package: %n day(s) left, expires on %1.</source>
        <translation>
            <numerusform>CDN 新用户流量包：剩余 %n 天，%1 到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost beyond the free tier: %1 %2 for the month.</source>
        <translation>超出免费额度的费用：本月 %1 %2。</translation>
    </message>
    <message>
        <source>Estimated cost beyond the free tier: %1 %3 so far, %2 %3 by the month&apos;s end.</source>
        <translation>超出免费额度的预估费用：目前 %1 %3，月底 %2 %3。</translation>
    </message>
    <message>
        <source>%1. Your own prices go in %2.</source>
        <translation>%1。您的实际价格请填写在 %2。</translation>
    </message>
    <message>
        <source>Example prices, not a quote</source>
        <translation>示例价格，并非报价</translation>
    </message>
    <message>
        <source>Prices: %1</source>
        <translation>价格：%1</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::AssumeRoleWithWebIdentityJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::AwsChunkedBody</name>
    <message>
        <source>The upload body cannot be read.</source>
        <translation>无法读取上传内容。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::AwsConfigImport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Profile “%1” was not imported: %2</source>
        <translation>配置“%1”未导入：%2</translation>
    </message>
    <message>
        <source>it assumes a role (role_arn, source_profile), and Sucai does not assume roles from the AWS files. Use QR sign-in or access keys instead.</source>
        <translation>它需要扮演角色（role_arn、source_profile），素材不从 AWS 配置文件扮演角色。请改用扫码登录或访问密钥。</translation>
    </message>
    <message>
        <source>it signs in through AWS IAM Identity Center (sso_…), which Sucai does not support. Use access keys instead.</source>
        <translation>它通过 AWS IAM Identity Center（sso_…）登录，素材不支持。请改用访问密钥。</translation>
    </message>
    <message>
        <source>its keys come from a program (credential_process), which Sucai does not run.</source>
        <translation>它的密钥由外部程序提供（credential_process），素材不会运行该程序。</translation>
    </message>
    <message>
        <source>it has no access key (aws_access_key_id).</source>
        <translation>它没有访问密钥（aws_access_key_id）。</translation>
    </message>
    <message>
        <source>it has an access key id but no secret key (aws_secret_access_key).</source>
        <translation>它有访问密钥 ID，但没有密钥（aws_secret_access_key）。</translation>
    </message>
    <message>
        <source>These are temporary keys (aws_session_token): they stop working when they expire, and Sucai cannot renew them.</source>
        <translation>这是临时密钥（aws_session_token）：过期后即失效，素材无法续期。</translation>
    </message>
    <message>
        <source>No region is set; us-east-1 is assumed.</source>
        <translation>未设置地域，按 us-east-1 处理。</translation>
    </message>
    <message>
        <source>Unknown addressing_style “%1”; the default is used.</source>
        <translation>未知的 addressing_style“%1”，使用默认值。</translation>
    </message>
    <message>
        <source>its endpoint_url “%1” is not an http or https URL.</source>
        <translation>它的 endpoint_url“%1”不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>The region %1 differs from the region of the COS endpoint; %2 is used.</source>
        <translation>地域 %1 与 COS 访问域名的地域不同，使用 %2。</translation>
    </message>
    <message>
        <source>Tencent COS is reached over HTTPS.</source>
        <translation>腾讯云 COS 通过 HTTPS 访问。</translation>
    </message>
    <message>
        <source>Tencent COS bucket names end in the APPID (&quot;assets-1250000000&quot;): enter the APPID in the profile, or use full bucket names.</source>
        <translation>腾讯云 COS 存储桶名以 APPID 结尾（&quot;assets-1250000000&quot;）：请在配置中填写 APPID，或使用完整的存储桶名。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::BucketSizeScan</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The connection to this account was closed.</source>
        <translation>与此账号的连接已关闭。</translation>
    </message>
    <message>
        <source>The server sent the same listing page twice.</source>
        <translation>服务器两次发送了同一页列表。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CdnApi</name>
    <message>
        <source>Tencent Cloud answered with HTTP status %1.</source>
        <translation>腾讯云返回了 HTTP 状态 %1。</translation>
    </message>
    <message>
        <source>Tencent Cloud sent an answer Sucai cannot read.</source>
        <translation>腾讯云返回的应答无法解析。</translation>
    </message>
    <message>
        <source>This key may not manage the CDN domain of these URLs.</source>
        <translation>此密钥无权管理这些 URL 的 CDN 域名。</translation>
    </message>
    <message>
        <source>This key may not call %1. Grant its CAM user or role the permission %2 (for example with the preset policy QcloudCDNFullAccess).</source>
        <translation>此密钥无权调用 %1。请为其 CAM 用户或角色授予权限 %2（例如使用预设策略 QcloudCDNFullAccess）。</translation>
    </message>
    <message>
        <source>Tencent Cloud does not know this SecretId: check the key or create a new one.</source>
        <translation>腾讯云不认识此 SecretId：请检查密钥或新建一个。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request signature: the SecretKey is probably wrong.</source>
        <translation>腾讯云拒绝了请求签名：SecretKey 可能有误。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from Tencent Cloud&apos;s: set the clock right and try again.</source>
        <translation>本机时钟与腾讯云相差过大：请校准时间后重试。</translation>
    </message>
    <message>
        <source>The temporary credentials are no longer valid: sign in again.</source>
        <translation>临时凭证已失效：请重新登录。</translation>
    </message>
    <message>
        <source>Today&apos;s prefetch quota is used up: try again tomorrow.</source>
        <translation>今日预热配额已用完：请明天再试。</translation>
    </message>
    <message>
        <source>Today&apos;s purge quota is used up: try again tomorrow.</source>
        <translation>今日刷新配额已用完：请明天再试。</translation>
    </message>
    <message>
        <source>Too many URLs in one request for this account&apos;s limit.</source>
        <translation>单次请求的 URL 数量超过了此账号的限制。</translation>
    </message>
    <message>
        <source>A URL&apos;s domain is not a CDN domain of this account.</source>
        <translation>有 URL 的域名不是此账号的 CDN 域名。</translation>
    </message>
    <message>
        <source>CDN is not activated for this account.</source>
        <translation>此账号尚未开通 CDN。</translation>
    </message>
    <message>
        <source>A URL&apos;s CDN domain is switched off.</source>
        <translation>有 URL 的 CDN 域名已关闭。</translation>
    </message>
    <message>
        <source>Too many requests to Tencent Cloud: try again in a minute.</source>
        <translation>对腾讯云的请求过多：请一分钟后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused a URL of this request (%1).</source>
        <translation>腾讯云拒绝了此请求中的某个 URL（%1）。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not answer right now (%1): try again later.</source>
        <translation>腾讯云暂时无法应答（%1）：请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation>腾讯云拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>%1 Tencent Cloud says: %2</source>
        <comment>explanation, then the server&apos;s message</comment>
        <translation>%1 腾讯云返回：%2</translation>
    </message>
    <message>
        <source>Tencent CDN accepted the request but sent no TaskId.</source>
        <translation>腾讯云 CDN 接受了请求，但没有返回 TaskId。</translation>
    </message>
    <message>
        <source>Tencent CDN sent no %1 quota.</source>
        <translation>腾讯云 CDN 没有返回%1的配额。</translation>
    </message>
    <message>
        <source>Tencent CDN sent a quota Sucai cannot read.</source>
        <translation>腾讯云 CDN 返回的配额无法解析。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CdnCacheJob</name>
    <message>
        <source>Not a CDN URL (it must start with https:// or http://): %1</source>
        <translation>不是 CDN URL（必须以 https:// 或 http:// 开头）：%1</translation>
    </message>
    <message>
        <source>No Tencent Cloud key for this profile.</source>
        <translation>此配置没有腾讯云密钥。</translation>
    </message>
    <message>
        <source>Cannot reach Tencent Cloud (%1): %2</source>
        <translation>无法连接腾讯云（%1）：%2</translation>
    </message>
    <message>
        <source>outside the Chinese mainland</source>
        <translation>中国境外</translation>
    </message>
    <message>
        <source>worldwide</source>
        <translation>全球</translation>
    </message>
    <message>
        <source>in the Chinese mainland</source>
        <translation>中国境内</translation>
    </message>
    <message numerus="yes">
        <source>%Ln URL(s) to purge, but only %1 of today&apos;s %2 URL purges %3 are left. Choose fewer objects or try again tomorrow.</source>
        <translation>
            <numerusform>要刷新 %Ln 个 URL，但今日%3的 %2 次 URL 刷新只剩 %1 次。请少选一些对象，或明天再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln URL(s) to prefetch, but only %1 of today&apos;s %2 URL prefetches %3 are left. Choose fewer objects or try again tomorrow.</source>
        <translation>
            <numerusform>要预热 %Ln 个 URL，但今日%3的 %2 次 URL 预热只剩 %1 次。请少选一些对象，或明天再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tencent CDN named no quota for this area: sent without checking it.</source>
        <translation>腾讯云 CDN 没有给出此区域的配额：未检查配额即发送。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CompleteMultipartUploadJob</name>
    <message>
        <source>A multipart upload needs at least one part.</source>
        <translation>分块上传至少需要一个分块。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1). You are signed in for this session only; nothing secret is saved.</source>
        <translation>系统钥匙串不可用（%1）。本次登录仅在本次运行中有效，不会保存任何机密信息。</translation>
    </message>
    <message>
        <source>Could not save the secret in the system keychain: %1</source>
        <translation>无法将密钥保存到系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Could not read the secret from the system keychain: %1</source>
        <translation>无法从系统钥匙串读取密钥：%1</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::DeleteObjectsJob</name>
    <message>
        <source>This object name holds characters a batch delete cannot carry; delete it on its own.</source>
        <translation>该对象名称包含批量删除无法传递的字符，请单独删除。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::DeviceAuthFlow</name>
    <message>
        <source>The sign-in provider has no OpenID configuration at this issuer URL.</source>
        <translation>此颁发者地址下没有登录服务的 OpenID 配置。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::GetObjectJob</name>
    <message>
        <source>No local file given.</source>
        <translation>未指定本地文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Cannot move the download into place at %1: %2</source>
        <translation>无法将下载的文件移动到 %1：%2</translation>
    </message>
    <message>
        <source>The server sent another byte range than asked for (%1).</source>
        <translation>服务器返回的字节范围与请求的不同（%1）。</translation>
    </message>
    <message>
        <source>The server ignored the requested byte range.</source>
        <translation>服务器忽略了请求的字节范围。</translation>
    </message>
    <message>
        <source>Cannot continue %1: %2</source>
        <translation>无法续传 %1：%2</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::LedgerUsageProvider</name>
    <message>
        <source>Measured by this app only</source>
        <translation>仅统计本应用产生的用量</translation>
    </message>
    <message>
        <source>Cannot read the usage ledger: %1</source>
        <translation>无法读取用量记录：%1</translation>
    </message>
    <message>
        <source>No usage ledger is open.</source>
        <translation>没有打开的用量记录。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::ListMultipartUploadsJob</name>
    <message>
        <source>The server keeps returning the same page of uploads.</source>
        <translation>服务器一直返回同一页上传任务列表。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::ListPartsJob</name>
    <message>
        <source>The server keeps returning the same page of parts.</source>
        <translation>服务器一直返回同一页分块列表。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::OidcApi</name>
    <message>
        <source>The sign-in provider&apos;s configuration is not JSON. Is the issuer URL right?</source>
        <translation>登录服务的配置不是 JSON。颁发者地址是否正确？</translation>
    </message>
    <message>
        <source>The sign-in provider names itself %1, not %2: check the issuer URL.</source>
        <translation>登录服务自称 %1，而不是 %2：请检查颁发者地址。</translation>
    </message>
    <message>
        <source>The sign-in provider names no usable token endpoint.</source>
        <translation>登录服务没有给出可用的令牌端点。</translation>
    </message>
    <message>
        <source>This sign-in provider does not offer sign-in from another device (no device_authorization_endpoint). Ask its administrator to enable the OAuth device flow for this client.</source>
        <translation>此登录服务不支持在其他设备上登录（没有 device_authorization_endpoint）。请联系管理员为此客户端启用 OAuth 设备授权流程。</translation>
    </message>
    <message>
        <source>The sign-in provider refused to start a sign-in.</source>
        <translation>登录服务拒绝开始登录。</translation>
    </message>
    <message>
        <source>The sign-in provider does not know this client ID or does not allow it the device flow.</source>
        <translation>登录服务不认识此客户端 ID，或不允许它使用设备授权流程。</translation>
    </message>
    <message>
        <source>The sign-in provider&apos;s answer lacks the device code, user code, verification address or expiry.</source>
        <translation>登录服务的应答缺少设备码、用户码、验证地址或有效期。</translation>
    </message>
    <message>
        <source>The sign-in provider&apos;s token answer is malformed.</source>
        <translation>登录服务返回的令牌格式有误。</translation>
    </message>
    <message>
        <source>The sign-in provider refused the request.</source>
        <translation>登录服务拒绝了请求。</translation>
    </message>
    <message>
        <source>The sign-in provider answered HTTP %1 without an OAuth error.</source>
        <translation>登录服务返回 HTTP %1，但没有 OAuth 错误信息。</translation>
    </message>
    <message>
        <source>The sign-in provider has no OpenID configuration at this issuer URL.</source>
        <translation>此颁发者地址下没有登录服务的 OpenID 配置。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::PrefixListing</name>
    <message>
        <source>The account is no longer open.</source>
        <translation>账号已不再打开。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::Profile</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <source>Enter the COS region, such as ap-guangzhou.</source>
        <translation>请输入 COS 地域，例如 ap-guangzhou。</translation>
    </message>
    <message>
        <source>The APPID is a number, such as 1250000000.</source>
        <translation>APPID 是一串数字，例如 1250000000。</translation>
    </message>
    <message>
        <source>Enter the endpoint as a URL starting with http:// or https://.</source>
        <translation>请输入以 http:// 或 https:// 开头的访问地址。</translation>
    </message>
    <message>
        <source>The CDN domain is not a valid host name.</source>
        <translation>CDN 域名不是有效的主机名。</translation>
    </message>
    <message>
        <source>Enter the access key ID (SecretId).</source>
        <translation>请输入访问密钥 ID（SecretId）。</translation>
    </message>
    <message>
        <source>The access key ID cannot contain spaces.</source>
        <translation>访问密钥 ID 不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the sign-in issuer as a URL starting with http:// or https://.</source>
        <translation>请输入以 http:// 或 https:// 开头的登录颁发者地址。</translation>
    </message>
    <message>
        <source>Enter the client ID registered with the sign-in provider.</source>
        <translation>请输入在登录服务注册的客户端 ID。</translation>
    </message>
    <message>
        <source>Enter the role to assume (RoleArn).</source>
        <translation>请输入要扮演的角色（RoleArn）。</translation>
    </message>
    <message>
        <source>Enter the identity provider name (ProviderId) for Tencent STS.</source>
        <translation>请输入腾讯云 STS 的身份提供商名称（ProviderId）。</translation>
    </message>
    <message>
        <source>The STS endpoint must be a URL starting with http:// or https://.</source>
        <translation>STS 地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Tencent COS profiles exchange sign-ins at Tencent STS.</source>
        <translation>腾讯云 COS 配置需通过腾讯云 STS 换取凭证。</translation>
    </message>
    <message>
        <source>The session length must be between 15 minutes and 36 hours.</source>
        <translation>会话时长必须在 15 分钟到 36 小时之间。</translation>
    </message>
    <message>
        <source>These settings do not make a storage endpoint.</source>
        <translation>这些设置无法组成存储访问地址。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::PutObjectJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::RgwUsageApi</name>
    <message>
        <source>The server&apos;s usage log answer cannot be read.</source>
        <translation>无法读取服务器的用量日志应答。</translation>
    </message>
    <message>
        <source>The server&apos;s bucket statistics cannot be read.</source>
        <translation>无法读取服务器的存储桶统计。</translation>
    </message>
    <message>
        <source>The user %1 may not read the usage log: an administrator grants it with radosgw-admin caps add --uid=%1 --caps=&quot;usage=read&quot;.</source>
        <translation>用户 %1 无权读取用量日志：管理员可用 radosgw-admin caps add --uid=%1 --caps=&quot;usage=read&quot; 授权。</translation>
    </message>
    <message>
        <source>The user %1 may not read bucket statistics: an administrator grants it with radosgw-admin caps add --uid=%1 --caps=&quot;buckets=read&quot;.</source>
        <translation>用户 %1 无权读取存储桶统计：管理员可用 radosgw-admin caps add --uid=%1 --caps=&quot;buckets=read&quot; 授权。</translation>
    </message>
    <message>
        <source>This server has no Ceph RGW admin API.</source>
        <translation>此服务器没有 Ceph RGW 管理接口。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::RgwUsageProvider</name>
    <message>
        <source>Ceph RGW admin API</source>
        <translation>Ceph RGW 管理接口</translation>
    </message>
    <message>
        <source>The connection to this account was closed.</source>
        <translation>与此账号的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::SignInSession</name>
    <message>
        <source>Sign in with the QR code to use this profile.</source>
        <translation>请扫码登录以使用此配置。</translation>
    </message>
    <message>
        <source>The sign-in has run out. Sign in again with the QR code.</source>
        <translation>登录已过期，请重新扫码登录。</translation>
    </message>
    <message>
        <source>The sign-in has ended at the provider. Sign in again with the QR code.</source>
        <translation>登录服务已结束本次登录，请重新扫码登录。</translation>
    </message>
    <message>
        <source>The storage service refused the sign-in: %1</source>
        <translation>存储服务拒绝了登录：%1</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::StorageError</name>
    <message>
        <source>The object does not exist.</source>
        <translation>对象不存在。</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>存储桶不存在。</translation>
    </message>
    <message>
        <source>The multipart upload no longer exists on the server.</source>
        <translation>服务器上已不存在该分块上传任务。</translation>
    </message>
    <message>
        <source>Access denied: these credentials lack permission.</source>
        <translation>访问被拒绝：当前密钥没有相应权限。</translation>
    </message>
    <message>
        <source>The secret key is wrong: the server rejected the request signature.</source>
        <translation>SecretKey 错误：服务器拒绝了请求签名。</translation>
    </message>
    <message>
        <source>The access key ID is not known to the server.</source>
        <translation>服务器无法识别此 SecretId（访问密钥 ID）。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the server&apos;s.</source>
        <translation>本机时间与服务器时间相差过大。</translation>
    </message>
    <message>
        <source>The temporary credentials have expired: sign in again.</source>
        <translation>临时密钥已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The server asks to slow down; try again shortly.</source>
        <translation>服务器要求降低请求频率，请稍后重试。</translation>
    </message>
    <message>
        <source>A bucket with this name already exists.</source>
        <translation>同名存储桶已存在。</translation>
    </message>
    <message>
        <source>You already own this bucket.</source>
        <translation>您已拥有该存储桶。</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>存储桶不为空。</translation>
    </message>
    <message>
        <source>The bucket name is not valid.</source>
        <translation>存储桶名称无效。</translation>
    </message>
    <message>
        <source>The account is in arrears: storage is suspended.</source>
        <translation>账号已欠费，存储服务已暂停。</translation>
    </message>
    <message>
        <source>The file is too large for one request.</source>
        <translation>文件过大，超出单次请求的上限。</translation>
    </message>
    <message>
        <source>A part of the multipart upload is missing or changed.</source>
        <translation>分块上传的某个分块缺失或已被更改。</translation>
    </message>
    <message>
        <source>The bucket lives in another region or endpoint.</source>
        <translation>该存储桶位于其他地域或 Endpoint。</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>The server stopped responding</source>
        <translation>服务器响应超时</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <source>The server sent a response Sucai cannot read</source>
        <translation>服务器返回的响应无法解析</translation>
    </message>
    <message>
        <source>Data check failed</source>
        <translation>数据校验失败</translation>
    </message>
    <message>
        <source>Local file error</source>
        <translation>本地文件错误</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>请求无效</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>资源不存在。</translation>
    </message>
    <message>
        <source>Access denied.</source>
        <translation>访问被拒绝。</translation>
    </message>
    <message>
        <source>The server had an internal problem.</source>
        <translation>服务器内部错误。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end a sentence</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (details)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>resource: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The storage quota is exceeded: delete objects or raise the quota, then retry.</source>
        <translation>存储配额已用完：请删除对象或提高配额后重试。</translation>
    </message>
    <message>
        <source>The server sent no HTTP answer.</source>
        <translation>服务器没有返回 HTTP 应答。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::StorageJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The server sent an unexpectedly large response.</source>
        <translation>服务器返回的响应大小超出预期。</translation>
    </message>
    <message>
        <source>The connection broke during the transfer: %1</source>
        <translation>传输过程中连接中断：%1</translation>
    </message>
    <message>
        <source>The connection to this account was closed.</source>
        <translation>与此账号的连接已关闭。</translation>
    </message>
    <message>
        <source>The object name is empty.</source>
        <translation>对象名称为空。</translation>
    </message>
    <message>
        <source>The object name is longer than 1024 bytes.</source>
        <translation>对象名称超过 1024 字节。</translation>
    </message>
    <message>
        <source>Object names with &quot;.&quot; or &quot;..&quot; as a folder name cannot be opened directly; rename or delete them.</source>
        <translation>以“.”或“..”作为文件夹名的对象无法直接打开，请重命名或删除这些对象。</translation>
    </message>
    <message>
        <source>No bucket given.</source>
        <translation>未指定存储桶。</translation>
    </message>
    <message>
        <source>%1 mismatch: the server reports %2, the data has %3.</source>
        <translation>校验失败（%1）：服务器返回 %2，实际数据为 %3。</translation>
    </message>
    <message>
        <source>The uploaded data could not be checked against what was sent; try again.</source>
        <translation>无法核对服务器收到的数据与发送的数据是否一致，请重试。</translation>
    </message>
    <message>
        <source>%1 of %2 bytes arrived.</source>
        <translation>只收到 %2 字节中的 %1 字节。</translation>
    </message>
    <message>
        <source>this server does not accept S3 trailing checksums (CRC32): turn upload checksums off for this account (sucai-cli --checksum off)</source>
        <translation>此服务器不支持 S3 尾部校验和（CRC32）：请为此账户关闭上传校验和（sucai-cli --checksum off）</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::StsApi</name>
    <message>
        <source>The STS refused the sign-in: the role does not trust this identity provider or user, or the token was rejected.</source>
        <translation>STS 拒绝了登录：角色不信任此身份提供商或用户，或令牌被拒绝。</translation>
    </message>
    <message>
        <source>The STS answer holds no complete temporary credentials.</source>
        <translation>STS 的应答中没有完整的临时凭证。</translation>
    </message>
    <message>
        <source>The STS answer is not the expected JSON.</source>
        <translation>STS 的应答不是预期的 JSON。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::TencentUsageApi</name>
    <message>
        <source>Tencent Cloud answered with HTTP status %1.</source>
        <translation>腾讯云返回了 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>Tencent Cloud sent an answer Sucai cannot read.</source>
        <translation>腾讯云返回了素材无法解析的应答。</translation>
    </message>
    <message>
        <source>This key may not read Cloud Monitor data. Grant its CAM user or role the permission %1 (for example with the preset policy QcloudMonitorReadOnlyAccess).</source>
        <translation>此密钥无权读取云监控数据。请为其 CAM 用户或角色授予权限 %1（例如使用预设策略 QcloudMonitorReadOnlyAccess）。</translation>
    </message>
    <message>
        <source>This key may not read CDN statistics. Grant its CAM user or role the permission %1 (for example with the preset policy QcloudCDNReadOnlyAccess).</source>
        <translation>此密钥无权读取 CDN 统计。请为其 CAM 用户或角色授予权限 %1（例如使用预设策略 QcloudCDNReadOnlyAccess）。</translation>
    </message>
    <message>
        <source>Tencent Cloud does not know this SecretId: check the key or create a new one.</source>
        <translation>腾讯云不认识此 SecretId：请检查密钥或新建一个。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request signature: the SecretKey is probably wrong.</source>
        <translation>腾讯云拒绝了请求签名：SecretKey 可能有误。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from Tencent Cloud&apos;s: set the clock right and try again.</source>
        <translation>本机时钟与腾讯云相差太大：请校准时钟后重试。</translation>
    </message>
    <message>
        <source>The temporary credentials are no longer valid: sign in again.</source>
        <translation>临时凭证已失效：请重新登录。</translation>
    </message>
    <message>
        <source>This key needs multi-factor authentication, which Sucai cannot provide.</source>
        <translation>此密钥需要多因素认证，素材无法提供。</translation>
    </message>
    <message>
        <source>Too many requests to Tencent Cloud: try again in a minute.</source>
        <translation>对腾讯云的请求过多：请一分钟后重试。</translation>
    </message>
    <message>
        <source>CDN is not activated for this account.</source>
        <translation>此账号尚未开通 CDN。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not answer right now (%1): try again later.</source>
        <translation>腾讯云暂时无法应答（%1）：请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation>腾讯云拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>%1 Tencent Cloud says: %2</source>
        <comment>explanation, then the server&apos;s message</comment>
        <translation>%1 腾讯云的说明：%2</translation>
    </message>
    <message>
        <source>Cloud Monitor sent no DataPoints.</source>
        <translation>云监控没有返回 DataPoints。</translation>
    </message>
    <message>
        <source>Cloud Monitor sent %1 time stamps for %2 values.</source>
        <translation>云监控返回了 %1 个时间戳，却有 %2 个数值。</translation>
    </message>
    <message>
        <source>The CDN API sent no Data.</source>
        <translation>CDN 接口没有返回 Data。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::TencentUsageProvider</name>
    <message>
        <source>Tencent Cloud Monitor and CDN</source>
        <translation>腾讯云云监控与 CDN</translation>
    </message>
    <message>
        <source>Tencent Cloud Monitor</source>
        <translation>腾讯云云监控</translation>
    </message>
    <message>
        <source>No Tencent Cloud key for this profile.</source>
        <translation>此账户没有腾讯云密钥。</translation>
    </message>
    <message>
        <source>Choose the APPID and the buckets whose usage Cloud Monitor should report.</source>
        <translation>请选择要由云监控报告用量的 APPID 和存储桶。</translation>
    </message>
    <message>
        <source>Cannot reach Tencent Cloud (%1): %2</source>
        <translation>无法连接腾讯云（%1）：%2</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::UploadPartJob</name>
    <message>
        <source>Part numbers go from 1 to 10000.</source>
        <translation>分块编号必须在 1 到 10000 之间。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::UsageProvider</name>
    <message>
        <source>No month to report usage for.</source>
        <translation>没有要报告用量的月份。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>sucai::cloud::s3xml</name>
    <message>
        <source>The response has more than one document.</source>
        <translation>响应中包含多个 XML 文档。</translation>
    </message>
    <message>
        <source>The response is malformed or cut short (%1).</source>
        <translation>响应格式有误或内容不完整（%1）。</translation>
    </message>
    <message>
        <source>The response is empty or not XML.</source>
        <translation>响应为空或不是 XML。</translation>
    </message>
    <message>
        <source>Expected a %1 document, got %2.</source>
        <translation>应为 %1 文档，实际为 %2。</translation>
    </message>
    <message>
        <source>A bucket has no name.</source>
        <translation>列表中有存储桶缺少名称。</translation>
    </message>
    <message>
        <source>The listing does not say whether it is complete.</source>
        <translation>列表结果未注明是否已列出全部内容。</translation>
    </message>
    <message>
        <source>The listing is incomplete but gives no way to continue.</source>
        <translation>列表结果不完整，但未提供继续列出的标记。</translation>
    </message>
    <message>
        <source>An entry of the listing lacks its key or size.</source>
        <translation>列表中有条目缺少对象键或大小。</translation>
    </message>
    <message>
        <source>No upload ID in the response.</source>
        <translation>响应中缺少 UploadId。</translation>
    </message>
    <message>
        <source>A part in the listing lacks its number or size.</source>
        <translation>分块列表中有分块缺少编号或大小。</translation>
    </message>
</context>
<context>
    <name>sucai::core::CacheControl</name>
    <message>
        <source>Always revalidate (no-cache)</source>
        <translation>每次重新验证（no-cache）</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 周</translation>
    </message>
    <message>
        <source>1 year, never changes (versioned file names)</source>
        <translation>1 年，内容永不变化（带版本号的文件名）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cache-Control value (printable ASCII, one line) or one of the presets no-cache, 1h, 1d, 1w, immutable.</source>
        <translation>“%1”不是有效的 Cache-Control 值（单行可打印 ASCII），也不是预设 no-cache、1h、1d、1w、immutable 之一。</translation>
    </message>
</context>
<context>
    <name>sucai::core::FileSliceDevice</name>
    <message>
        <source>A file slice can only be read.</source>
        <translation>文件分片只能读取。</translation>
    </message>
    <message>
        <source>The file is shorter than expected: it changed while being uploaded.</source>
        <translation>文件比预期短：上传过程中文件已被修改。</translation>
    </message>
</context>
<context>
    <name>sucai::core::FreeTier</name>
    <message>
        <source>&quot;%1&quot; must be an object ({ ... })</source>
        <translation>“%1”必须是一个对象（{ ... }）</translation>
    </message>
    <message>
        <source>format %1 is not supported (this version of Sucai reads format %2)</source>
        <translation>不支持格式 %1（此版本的素材只能读取格式 %2）</translation>
    </message>
    <message>
        <source>%1 The built-in free tier is used instead.</source>
        <translation>%1 将改用内置的免费额度。</translation>
    </message>
</context>
<context>
    <name>sucai::core::JsonFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>is too large to be a settings file</source>
        <translation>太大，不像是设置文件</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (%3)</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON（%3）</translation>
    </message>
    <message>
        <source>must hold a JSON object ({ ... })</source>
        <translation>必须包含一个 JSON 对象（{ ... }）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from 0 to %2</source>
        <translation>“%1”必须是 0 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to %2</source>
        <translation>“%1”必须是 0 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known setting (known here: %2)</source>
        <translation>“%1”不是已知的设置项（此处可用：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
</context>
<context>
    <name>sucai::core::LocalPath</name>
    <message>
        <source>it contains an empty folder name (&quot;//&quot;)</source>
        <translation>名称中含有空的文件夹名（“//”）</translation>
    </message>
    <message>
        <source>it contains &quot;.&quot; or &quot;..&quot; as a folder name</source>
        <translation>名称中含有名为“.”或“..”的文件夹</translation>
    </message>
    <message>
        <source>a name in it is longer than 255 bytes</source>
        <translation>其中某一级名称超过 255 字节</translation>
    </message>
    <message>
        <source>it contains control characters</source>
        <translation>名称中含有控制字符</translation>
    </message>
    <message>
        <source>it contains a backslash</source>
        <translation>名称中含有反斜杠</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>it is an absolute path</source>
        <translation>名称是绝对路径</translation>
    </message>
    <message>
        <source>it starts with a drive letter</source>
        <translation>名称以盘符开头</translation>
    </message>
    <message>
        <source>it would land outside the chosen folder</source>
        <translation>会写到所选文件夹之外</translation>
    </message>
</context>
<context>
    <name>sucai::core::PriceTable</name>
    <message>
        <source>format %1 is not supported (this version of Sucai reads format %2)</source>
        <translation>不支持格式 %1（此版本的素材只能读取格式 %2）</translation>
    </message>
    <message>
        <source>&quot;currency&quot; must be a three-letter code such as CNY or USD</source>
        <translation>“currency”必须是三个字母的货币代码，如 CNY 或 USD</translation>
    </message>
    <message>
        <source>&quot;label&quot; must be text</source>
        <translation>“label”必须是文本</translation>
    </message>
    <message>
        <source>&quot;example&quot; must be true or false</source>
        <translation>“example”必须是 true 或 false</translation>
    </message>
    <message>
        <source>&quot;cdnTiers&quot; must be a list of tiers ([ { ... }, ... ])</source>
        <translation>“cdnTiers”必须是阶梯列表（[ { ... }, ... ]）</translation>
    </message>
    <message>
        <source>&quot;cdnTiers[%1]&quot; must be an object ({ ... })</source>
        <translation>“cdnTiers[%1]”必须是一个对象（{ ... }）</translation>
    </message>
    <message>
        <source>every price must be a number from 0 to %1</source>
        <translation>每个价格都必须是 0 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>&quot;cdnTiers&quot; must have at least one tier</source>
        <translation>“cdnTiers”至少要有一个阶梯</translation>
    </message>
    <message>
        <source>&quot;cdnTiers[%1].perGB&quot; must be a number from 0 to %2</source>
        <translation>“cdnTiers[%1].perGB”必须是 0 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>only the last of &quot;cdnTiers&quot; may leave out &quot;upToGB&quot; (tier %1 does)</source>
        <translation>只有最后一个“cdnTiers”可以省略“upToGB”（第 %1 个省略了）</translation>
    </message>
    <message>
        <source>&quot;cdnTiers[%1].upToGB&quot; must be larger than the tier before&apos;s (%2)</source>
        <translation>“cdnTiers[%1].upToGB”必须大于前一个阶梯的值（%2）</translation>
    </message>
    <message>
        <source>%1 The example prices are used instead.</source>
        <translation>%1 将改用示例价格。</translation>
    </message>
    <message>
        <source>cannot be saved (%1)</source>
        <translation>无法保存（%1）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>sucai::core::TransferJournal</name>
    <message>
        <source>The transfer journal is not open.</source>
        <translation>传输记录未打开。</translation>
    </message>
    <message>
        <source>The transfer journal %1 failed: %2</source>
        <translation>传输记录 %1 操作失败：%2</translation>
    </message>
    <message>
        <source>There is no transfer %1 in the journal.</source>
        <translation>传输记录中没有编号为 %1 的传输任务。</translation>
    </message>
    <message>
        <source>Cannot open the transfer journal %1: %2</source>
        <translation>无法打开传输记录 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动</translation>
    </message>
    <message>
        <source>it is damaged or not a journal (%1)</source>
        <translation>文件已损坏或不是传输记录（%1）</translation>
    </message>
    <message>
        <source>cannot switch it to write-ahead logging</source>
        <translation>无法切换到预写日志（WAL）模式</translation>
    </message>
    <message>
        <source>it was written by a newer version of Sucai (format %1; this version reads up to %2)</source>
        <translation>该文件由更高版本的“素材”写入（格式版本 %1；当前版本最高只能读取 %2）</translation>
    </message>
    <message>
        <source>it is a database, but not a transfer journal</source>
        <translation>该文件是数据库，但不是传输记录</translation>
    </message>
    <message>
        <source>cannot update its format: %1</source>
        <translation>无法升级文件格式：%1</translation>
    </message>
    <message>
        <source>There is no batch %1 in the transfer journal.</source>
        <translation>传输记录中没有编号为 %1 的批次。</translation>
    </message>
    <message>
        <source>An empty multipart upload id cannot be recorded.</source>
        <translation>不能记录空的分块上传 ID（UploadId）。</translation>
    </message>
    <message>
        <source>Part number %1 is not valid.</source>
        <translation>分块编号 %1 无效。</translation>
    </message>
    <message>
        <source>A queue position must be a finite number.</source>
        <translation>队列位置必须是有限数值。</translation>
    </message>
    <message>
        <source>Clearing the transfer history needs a valid date.</source>
        <translation>清除传输历史需要提供有效的日期。</translation>
    </message>
    <message>
        <source>The transfer journal %1 is damaged: %2</source>
        <translation>传输记录 %1 已损坏：%2</translation>
    </message>
</context>
<context>
    <name>sucai::core::UploadEncoding</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot start gzip compression.</source>
        <translation>无法启动 gzip 压缩。</translation>
    </message>
    <message>
        <source>gzip compression failed.</source>
        <translation>gzip 压缩失败。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>sucai::core::UsageItems</name>
    <message>
        <source>Standard storage</source>
        <translation>标准存储</translation>
    </message>
    <message>
        <source>Internet egress</source>
        <translation>外网下行流量</translation>
    </message>
    <message>
        <source>CDN origin-pull</source>
        <translation>CDN 回源流量</translation>
    </message>
    <message>
        <source>Read requests</source>
        <translation>读请求</translation>
    </message>
    <message>
        <source>Write requests</source>
        <translation>写请求</translation>
    </message>
    <message>
        <source>CDN traffic</source>
        <translation>CDN 流量</translation>
    </message>
</context>
<context>
    <name>sucai::core::UsageLedger</name>
    <message>
        <source>Cannot open the usage ledger %1: %2</source>
        <translation>无法打开用量记录 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动</translation>
    </message>
    <message>
        <source>it is damaged or not a usage ledger (%1)</source>
        <translation>文件已损坏或不是用量记录（%1）</translation>
    </message>
    <message>
        <source>it was written by a newer version of Sucai (format %1; this version reads up to %2)</source>
        <translation>该文件由更高版本的“素材”写入（格式版本 %1；当前版本最高只能读取 %2）</translation>
    </message>
    <message>
        <source>it is a database, but not a usage ledger</source>
        <translation>该文件是数据库，但不是用量记录</translation>
    </message>
    <message>
        <source>The usage ledger is not open.</source>
        <translation>用量记录未打开。</translation>
    </message>
    <message>
        <source>Usage needs a valid day.</source>
        <translation>记录用量需要有效的日期。</translation>
    </message>
    <message>
        <source>Usage amounts cannot be negative.</source>
        <translation>用量不能为负数。</translation>
    </message>
    <message>
        <source>Cannot save usage to %1: %2</source>
        <translation>无法将用量保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the usage ledger: %1</source>
        <translation>无法读取用量记录：%1</translation>
    </message>
</context>
<context>
    <name>sucai::core::UsageModel</name>
    <message numerus="yes">
        <source>The new-user CDN traffic package expires on %1, in %n day(s). CDN traffic after that is billed beyond the monthly free amount.</source>
        <translation>
            <numerusform>新用户 CDN 流量包将于 %1 到期，还剩 %n 天。之后超出每月免费额度的 CDN 流量将计费。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this month&apos;s free %2 is used up (%3 used). More is billed.</source>
        <translation>%1：本月 %2 免费额度已用完（已用 %3）。超出部分将计费。</translation>
    </message>
    <message>
        <source>%1 has reached %2 % of the free %3 this month (%4).</source>
        <translation>%1 已达到本月 %3 免费额度的 %2%（%4）。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Standard storage (bytes, daily average)</source>
        <translation>标准存储（字节，日均）</translation>
    </message>
    <message>
        <source>Internet egress (bytes)</source>
        <translation>外网下行流量（字节）</translation>
    </message>
    <message>
        <source>CDN origin-pull (bytes)</source>
        <translation>CDN 回源流量（字节）</translation>
    </message>
    <message>
        <source>Read requests</source>
        <translation>读请求</translation>
    </message>
    <message>
        <source>Write requests</source>
        <translation>写请求</translation>
    </message>
    <message>
        <source>CDN traffic (bytes)</source>
        <translation>CDN 流量（字节）</translation>
    </message>
</context>
<context>
    <name>sucai::models::BucketModel</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
</context>
<context>
    <name>sucai::models::TransferModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 of %2 parts</source>
        <translation>%1 / %2 块</translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation>%1
到 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1，剩余 %2</translation>
    </message>
</context>
<context>
    <name>sucai::transfer::DownloadTask</name>
    <message>
        <source>Skipped: the file exists.</source>
        <translation>已跳过：文件已存在。</translation>
    </message>
    <message>
        <source>Skipped: identical to the local file.</source>
        <translation>已跳过：与本地文件相同。</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已另存为 %1</translation>
    </message>
    <message>
        <source>No free name found for %1.</source>
        <translation>找不到 %1 的可用名称。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Not enough disk space for %1: %2 bytes needed, %3 free.</source>
        <translation>磁盘空间不足，无法保存 %1：需要 %2 字节，剩余 %3 字节。</translation>
    </message>
</context>
<context>
    <name>sucai::transfer::TransferService</name>
    <message>
        <source>Transfers will not be resumed after a restart: %1</source>
        <translation>重启后将无法继续传输：%1</translation>
    </message>
    <message>
        <source>The transfer journal was damaged; it was kept as %1 and a new one started.</source>
        <translation>传输记录已损坏；已保留为 %1，并新建了一份。</translation>
    </message>
    <message>
        <source>Usage will not be recorded: %1</source>
        <translation>用量将不会被记录：%1</translation>
    </message>
    <message>
        <source>Not uploaded (not a readable file or folder): %1</source>
        <translation>未上传（不是可读的文件或文件夹）：%1</translation>
    </message>
    <message>
        <source>Upload to %1</source>
        <translation>上传到 %1</translation>
    </message>
    <message>
        <source>Not downloaded: %1</source>
        <translation>未下载：%1</translation>
    </message>
    <message>
        <source>Download to %1</source>
        <translation>下载到 %1</translation>
    </message>
</context>
<context>
    <name>sucai::transfer::TransferTask</name>
    <message>
        <source>Waiting for new credentials: sign in again to continue.</source>
        <translation>等待新凭证：请重新登录以继续。</translation>
    </message>
    <message>
        <source>Waiting for your decision: the destination exists.</source>
        <translation>等待您的选择：目标已存在。</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n s.</source>
        <translation>
            <numerusform>%1 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sucai::transfer::UploadTask</name>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 changed after its upload began; start the upload again.</source>
        <translation>%1 在上传开始后被修改，请重新上传。</translation>
    </message>
    <message>
        <source>Skipped: the object exists.</source>
        <translation>已跳过：对象已存在。</translation>
    </message>
    <message>
        <source>Skipped: identical to the object on the server.</source>
        <translation>已跳过：与服务器上的对象相同。</translation>
    </message>
    <message>
        <source>No free name found for %1.</source>
        <translation>找不到 %1 的可用名称。</translation>
    </message>
    <message>
        <source>Uploaded as %1</source>
        <translation>已上传为 %1</translation>
    </message>
    <message>
        <source>%1 is too large for the storage service.</source>
        <translation>%1 过大，超出存储服务的上限。</translation>
    </message>
    <message>
        <source>The server holds %1 bytes for %2, the file has %3.</source>
        <translation>服务器上 %2 为 %1 字节，本地文件为 %3 字节。</translation>
    </message>
    <message>
        <source>CRC64 mismatch: the server reports %1, the file has %2.</source>
        <translation>校验失败（CRC64）：服务器返回 %1，本地文件为 %2。</translation>
    </message>
    <message>
        <source>Compressing (gzip)...</source>
        <translation>正在压缩（gzip）...</translation>
    </message>
</context>
<context>
    <name>sucai::ui::Accounts</name>
    <message>
        <source>Enter the secret key in the profile&apos;s settings.</source>
        <translation>请在配置设置中输入密钥。</translation>
    </message>
    <message>
        <source>The secret key is not in the keychain: enter it in the profile&apos;s settings.</source>
        <translation>钥匙串中没有密钥：请在配置设置中输入。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::AlertSettingsDialog</name>
    <message>
        <source>Usage Alerts</source>
        <translation>用量提醒</translation>
    </message>
    <message>
        <source>A desktop notification when an item reaches these percentages of its free amount this month (once each). Leave a field empty for no alerts on that item.</source>
        <translation>当某项本月用量达到其免费额度的这些百分比时，发出桌面通知（每个只提醒一次）。留空则该项不提醒。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>Percentages, separated by commas, e.g. 80, 100</source>
        <translation>百分比，用逗号分隔，例如 80, 100</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> 天前</translation>
    </message>
    <message>
        <source>CDN package ends:</source>
        <translation>CDN 流量包到期：</translation>
    </message>
</context>
<context>
    <name>sucai::ui::BatchCopy</name>
    <message>
        <source>Nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <source>%1 cannot be put inside itself.</source>
        <translation>%1 不能放进它自己里面。</translation>
    </message>
    <message>
        <source>The objects are already in this folder.</source>
        <translation>这些对象已经在此文件夹中。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>%1 already exists there; not overwritten</source>
        <translation>%1 已存在；未覆盖</translation>
    </message>
    <message>
        <source>copied to %1, but not deleted: %2</source>
        <translation>已复制到 %1，但未能删除：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: it must not be &quot;.&quot; or &quot;..&quot;, or contain / or \.</source>
        <translation>“%1”不能作为名称：不能是“.”或“..”，也不能包含 / 或 \。</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 已存在：请换一个名称。</translation>
    </message>
    <message>
        <source>That is its name already.</source>
        <translation>它已经是这个名称了。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::BrowserController</name>
    <message numerus="yes">
        <source>%n object(s) listed</source>
        <translation>
            <numerusform>已列出 %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>more as you scroll</source>
        <translation>滚动可加载更多</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) found starting with “%1”</source>
        <translation>
            <numerusform>找到 %n 个以“%1”开头的对象</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation>正在排序…</translation>
    </message>
</context>
<context>
    <name>sucai::ui::DailyChart</name>
    <message>
        <source>%1 (today, so far)</source>
        <translation>%1（今天，截至目前）</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>尚未到来</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1：无数据</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>item: amount (exact amount)</comment>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Total: %1 (%2)</source>
        <translation>合计：%1（%2）</translation>
    </message>
    <message>
        <source>No daily numbers for this month yet</source>
        <translation>本月暂无每日数据</translation>
    </message>
    <message>
        <source>Free amount</source>
        <translation>免费额度</translation>
    </message>
    <message>
        <source>Free amount per day</source>
        <translation>日均免费额度</translation>
    </message>
</context>
<context>
    <name>sucai::ui::DashboardController</name>
    <message numerus="yes">
        <source>Free tier: %n alert(s) for %1</source>
        <translation>
            <numerusform>免费额度：%1 有 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1-usage-%2.csv</source>
        <comment>file name: bucket, month</comment>
        <translation>%1-用量-%2.csv</translation>
    </message>
    <message>
        <source>Export Usage as CSV</source>
        <translation>导出用量为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the CSV file %1: %2</source>
        <translation>无法保存 CSV 文件 %1：%2</translation>
    </message>
    <message>
        <source>there are no numbers to export yet.</source>
        <translation>暂时没有可导出的数据。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::DashboardWidget</name>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save this month&apos;s daily usage as a CSV file</source>
        <translation>将本月每日用量保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Ask the source for the latest numbers</source>
        <translation>从数据来源获取最新数据</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>The usage numbers could not be refreshed</source>
        <translation>无法刷新用量数据</translation>
    </message>
    <message>
        <source>Free tier this month</source>
        <translation>本月免费额度</translation>
    </message>
    <message>
        <source>Estimated bill beyond the free tier</source>
        <translation>超出免费额度的预估费用</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>截至目前</translation>
    </message>
    <message>
        <source>By month end</source>
        <translation>预计月底</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>First to run out</source>
        <translation>最先用完</translation>
    </message>
    <message>
        <source>CDN new-user package</source>
        <translation>CDN 新用户流量包</translation>
    </message>
    <message>
        <source>Daily usage</source>
        <translation>每日用量</translation>
    </message>
    <message>
        <source>All buckets</source>
        <translation>全部存储桶</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>bucket · profile</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Updated %1 (%2)</source>
        <comment>time (how long ago)</comment>
        <translation>更新于 %1（%2）</translation>
    </message>
    <message>
        <source>No usage numbers yet</source>
        <translation>暂无用量数据</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>No numbers yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Not measured by this source</source>
        <translation>此数据来源不统计该项</translation>
    </message>
    <message>
        <source>Could not be read this time</source>
        <translation>本次未能读取</translation>
    </message>
    <message>
        <source>Estimated bill beyond the free tier (%1)</source>
        <translation>超出免费额度的预估费用（%1）</translation>
    </message>
    <message>
        <source>Example prices, not a quote: put your own in prices.json in the data folder.</source>
        <translation>示例价格，并非报价：请在数据文件夹的 prices.json 中填写实际价格。</translation>
    </message>
    <message>
        <source>Prices: %1</source>
        <translation>价格：%1</translation>
    </message>
    <message>
        <source>The month is over: these are its final numbers.</source>
        <translation>本月已结束：以上为最终数据。</translation>
    </message>
    <message>
        <source>%1 The month is over.</source>
        <translation>%1本月已结束。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>%1: the free amount was used up on %2.</source>
        <translation>%1：免费额度已于 %2 用完。</translation>
    </message>
    <message numerus="yes">
        <source>%1: at this pace the free amount runs out on %2, in %n day(s).</source>
        <translation>
            <numerusform>%1：按当前速度，免费额度将于 %2 用完（%n 天后）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item stayed within its free amount.</source>
        <translation>所有项目均未超出免费额度。</translation>
    </message>
    <message>
        <source>At this pace every item stays within its free amount this month.</source>
        <translation>按当前速度，本月所有项目都不会超出免费额度。</translation>
    </message>
    <message>
        <source>No activation date</source>
        <translation>未设置开通日期</translation>
    </message>
    <message>
        <source>Set the CDN activation date in the profile to follow the package.</source>
        <translation>请在配置中填写 CDN 开通日期，以跟踪新用户流量包。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires on %1
Activated on %2</source>
        <translation>%1 到期
%2 开通</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>已于 %1 到期</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>%1 开始</translation>
    </message>
    <message>
        <source>Traffic, stacked</source>
        <translation>流量（堆叠）</translation>
    </message>
    <message>
        <source>Requests, stacked</source>
        <translation>请求（堆叠）</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>另有 %n 条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sucai::ui::MainWindow</name>
    <message>
        <source>Sucai</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Sucai</source>
        <translation>关于素材(&amp;A)</translation>
    </message>
    <message>
        <source>About Sucai</source>
        <translation>关于素材</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sucai %1&lt;/b&gt;&lt;br&gt;Desktop asset manager for object storage and CDN.</source>
        <translation>&lt;b&gt;素材 %1&lt;/b&gt;&lt;br&gt;对象存储与 CDN 桌面素材管理工具。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>bucket/folder/</source>
        <translation>存储桶/文件夹/</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>%1 — Sucai</source>
        <translation>%1 — 素材</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>&amp;Upload Files...</source>
        <translation>上传文件(&amp;U)...</translation>
    </message>
    <message>
        <source>Upload F&amp;older...</source>
        <translation>上传文件夹(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Download...</source>
        <translation>下载(&amp;D)...</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n 个传输</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a bucket first: files are uploaded to the folder shown.</source>
        <translation>请先打开一个存储桶：文件会上传到当前显示的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n item(s) to %1</source>
        <translation>
            <numerusform>正在上传 %n 项到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a folder to %1</source>
        <translation>上传文件夹到 %1</translation>
    </message>
    <message>
        <source>Upload files to %1</source>
        <translation>上传文件到 %1</translation>
    </message>
    <message>
        <source>Select the files or folders to download.</source>
        <translation>请选择要下载的文件或文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Download %n item(s) to</source>
        <translation>
            <numerusform>将 %n 项下载到</numerusform>
        </translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Replace it, skip this file, or keep both (the new one is saved as &quot;name (1)&quot;)?</source>
        <translation>替换、跳过此文件，还是保留两者（新文件另存为“名称 (1)”）？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>保留两者</translation>
    </message>
    <message>
        <source>Do this for all conflicts in this session</source>
        <translation>本次会话中的所有冲突都这样处理</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>传输(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pause All</source>
        <translation>全部暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume All</source>
        <translation>全部继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Finished</source>
        <translation>清除已完成(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;Folder...</source>
        <translation>新建文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)...</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>复制链接(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Presigned URL</source>
        <translation>复制预签名链接(&amp;P)</translation>
    </message>
    <message>
        <source>Valid for 1 Hour</source>
        <translation>有效期 1 小时</translation>
    </message>
    <message>
        <source>Valid for 1 Day</source>
        <translation>有效期 1 天</translation>
    </message>
    <message>
        <source>Valid for 7 Days</source>
        <translation>有效期 7 天</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>没有可删除的内容。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n object(s) (%1) from %2?</source>
        <translation>
            <numerusform>从 %2 删除 %n 个对象（%1）？</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s).</source>
        <translation>
            <numerusform>已删除 %n 个对象。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n object(s); some could not be deleted.</source>
        <translation>
            <numerusform>已删除 %n 个对象；部分对象无法删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) selected (%1)</source>
        <translation>
            <numerusform>已选择 %n 个文件（%1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新建文件夹</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>在 %1 中新建的文件夹名称：</translation>
    </message>
    <message>
        <source>Counting what would be deleted...</source>
        <translation>正在统计将被删除的内容...</translation>
    </message>
    <message>
        <source>Presigned URL copied: anyone with it can download the file until it expires.</source>
        <translation>已复制预签名链接：在过期之前，任何拿到它的人都可以下载该文件。</translation>
    </message>
    <message>
        <source>URL copied.</source>
        <translation>已复制链接。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>重命名(&amp;R)...</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>已重命名为 %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Filter the names listed here</source>
        <translation>筛选此处列出的名称</translation>
    </message>
    <message>
        <source>Search Subfolders</source>
        <translation>搜索子文件夹</translation>
    </message>
    <message>
        <source>Ask the server for every object in this folder and all its subfolders whose path starts with the text (Enter)</source>
        <translation>向服务器查询此文件夹及其所有子文件夹中路径以该文字开头的全部对象（回车）</translation>
    </message>
    <message>
        <source>Close the filter (Esc)</source>
        <translation>关闭筛选（Esc）</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>&amp;Filter...</source>
        <translation>筛选(&amp;F)...</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Select a file to see its details and a preview.</source>
        <translation>选择一个文件以查看其详细信息和预览。</translation>
    </message>
    <message>
        <source>&amp;Details and Preview</source>
        <translation>详细信息和预览(&amp;D)</translation>
    </message>
    <message>
        <source>Show URL as &amp;QR Code</source>
        <translation>以二维码显示链接(&amp;Q)</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>公开链接</translation>
    </message>
    <message>
        <source>Presigned, Valid for 1 Hour</source>
        <translation>预签名链接，有效期 1 小时</translation>
    </message>
    <message>
        <source>Presigned, Valid for 1 Day</source>
        <translation>预签名链接，有效期 1 天</translation>
    </message>
    <message>
        <source>Presigned, Valid for 7 Days</source>
        <translation>预签名链接，有效期 7 天</translation>
    </message>
    <message>
        <source>Scan it with a phone&apos;s camera. Anyone with this link can download the file until %1.</source>
        <translation>用手机相机扫一扫。在 %1 之前，任何拿到此链接的人都可以下载该文件。</translation>
    </message>
    <message>
        <source>Scan it with a phone&apos;s camera. The link opens only if the file is public.</source>
        <translation>用手机相机扫一扫。只有文件公开时链接才能打开。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) cut: paste them into another folder to move them.</source>
        <translation>
            <numerusform>已剪切 %n 项：粘贴到另一个文件夹即可移动。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: copy files or objects first.</source>
        <translation>没有可粘贴的内容：请先复制文件或对象。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>These objects belong to another account. Download them and upload them here instead.</source>
        <translation>这些对象属于另一个账户。请先下载，再上传到这里。</translation>
    </message>
    <message>
        <source>Another copy or move is still running.</source>
        <translation>另一个复制或移动操作仍在进行。</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>正在移动…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
    <message>
        <source>Moving %1 of %2</source>
        <translation>正在移动第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>Copying %1 of %2</source>
        <translation>正在复制第 %1 个，共 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n object(s).</source>
        <translation>
            <numerusform>已在 %n 个对象后停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n object(s).</source>
        <translation>
            <numerusform>已移动 %n 个对象。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n object(s).</source>
        <translation>
            <numerusform>已复制 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be copied; the rest was done.</source>
        <translation>
            <numerusform>%n 个对象未能复制；其余已完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>P&amp;roperties...</source>
        <translation>属性(&amp;R)...</translation>
    </message>
    <message>
        <source>Properties of %1 saved.</source>
        <translation>已保存 %1 的属性。</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Icons</source>
        <translation>图标(&amp;I)</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Remove &amp;Bookmark</source>
        <translation>删除书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>新建配置(&amp;N)…</translation>
    </message>
    <message>
        <source>Sign In with &amp;QR Code…</source>
        <translation>扫码登录(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Import AWS CLI Profiles…</source>
        <translation>导入 AWS CLI 配置(&amp;I)…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From the environment; not saved.</source>
        <translation>来自环境变量，不会保存。</translation>
    </message>
    <message>
        <source>Sign In with QR Code…</source>
        <translation>扫码登录…</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Edit Profile…</source>
        <translation>编辑配置…</translation>
    </message>
    <message>
        <source>Remove Profile…</source>
        <translation>删除配置…</translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation>新建配置…</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remove the profile “%1”? Its keys and sign-in are deleted from the keychain; nothing on the server changes.</source>
        <translation>删除配置“%1”？其密钥和登录信息将从钥匙串中删除；服务器上的内容不受影响。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No profile with access keys was found in %1 or %2.</source>
        <translation>在 %1 或 %2 中没有找到带访问密钥的配置。</translation>
    </message>
    <message>
        <source>Imported: %1. The secret keys are in the system keychain.</source>
        <translation>已导入：%1。密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Import AWS CLI Profiles</source>
        <translation>导入 AWS CLI 配置</translation>
    </message>
    <message>
        <source>Uploads finished</source>
        <translation>上传完成</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>下载完成</translation>
    </message>
    <message>
        <source>Uploads finished with errors</source>
        <translation>上传完成，但有错误</translation>
    </message>
    <message>
        <source>Downloads finished with errors</source>
        <translation>下载完成，但有错误</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) done</source>
        <translation>
            <numerusform>%n 个文件完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Usage Dashboard</source>
        <translation>用量仪表盘(&amp;U)</translation>
    </message>
    <message>
        <source>Show Sucai</source>
        <translation>显示素材</translation>
    </message>
    <message>
        <source>Usage Dashboard</source>
        <translation>用量仪表盘</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) running, %1/s</source>
        <translation>
            <numerusform>%n 个传输进行中，%1/秒</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation>
            <numerusform>%n 个传输失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage and Costs — Sucai</source>
        <translation>用量与费用 — 素材</translation>
    </message>
    <message>
        <source>CD&amp;N</source>
        <translation>CD&amp;N</translation>
    </message>
    <message numerus="yes">
        <source>Copy CDN URL</source>
        <translation>
            <numerusform>复制 CDN 链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CDN URL(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 个 CDN 链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show CDN URL as QR Code</source>
        <translation>以二维码显示 CDN 链接</translation>
    </message>
    <message>
        <source>Scan it with a phone&apos;s camera: the file through the CDN.</source>
        <translation>用手机相机扫描：通过 CDN 访问此文件。</translation>
    </message>
    <message>
        <source>Purge CDN Cache</source>
        <translation>刷新 CDN 缓存</translation>
    </message>
    <message>
        <source>Prefetch to CDN</source>
        <translation>预热到 CDN</translation>
    </message>
    <message numerus="yes">
        <source>Purging %n URL(s) from the CDN cache…</source>
        <translation>
            <numerusform>正在从 CDN 缓存中刷新 %n 个 URL…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prefetching %n URL(s) to the CDN…</source>
        <translation>
            <numerusform>正在将 %n 个 URL 预热到 CDN…</numerusform>
        </translation>
    </message>
    <message>
        <source>CDN purge requested</source>
        <translation>已提交 CDN 刷新</translation>
    </message>
    <message>
        <source>CDN prefetch requested</source>
        <translation>已提交 CDN 预热</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) accepted; the CDN finishes within minutes (task %1).</source>
        <translation>
            <numerusform>已受理 %n 个 URL；CDN 将在几分钟内完成（任务 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>CDN purge failed</source>
        <translation>CDN 刷新失败</translation>
    </message>
    <message>
        <source>CDN prefetch failed</source>
        <translation>CDN 预热失败</translation>
    </message>
    <message>
        <source>Alert Thresholds…</source>
        <translation>提醒阈值…</translation>
    </message>
    <message>
        <source>Purge the CDN Cache?</source>
        <translation>刷新 CDN 缓存？</translation>
    </message>
    <message numerus="yes">
        <source>%n uploaded file(s) replaced files the CDN may still serve from its cache for a while.</source>
        <translation>
            <numerusform>上传的 %n 个文件替换了原有文件，CDN 可能在一段时间内仍提供缓存中的旧版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge them from the CDN now, so that everyone gets the new version?</source>
        <translation>现在从 CDN 刷新这些文件，让所有人都拿到新版本？</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Always purge after replacing files in this account</source>
        <translation>此账号替换文件后总是自动刷新</translation>
    </message>
    <message>
        <source>Listing the folders&apos; files for the CDN…</source>
        <translation>正在列出文件夹中的文件以提交 CDN…</translation>
    </message>
    <message>
        <source>No files to send to the CDN: the folders are empty.</source>
        <translation>没有可提交 CDN 的文件：文件夹是空的。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::ObjectActions</name>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>无法创建文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: it must not be empty, &quot;.&quot; or &quot;..&quot;, or contain / \ or control characters.</source>
        <translation>“%1”不能作为名称：不能为空、不能是“.”或“..”，也不能包含 / \ 或控制字符。</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 已存在：请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot rename %1: %2</source>
        <translation>无法重命名 %1：%2</translation>
    </message>
    <message>
        <source>Copied to %1, but %2 could not be deleted: %3</source>
        <translation>已复制到 %1，但无法删除 %2：%3</translation>
    </message>
    <message>
        <source>Cannot change the properties of %1: %2</source>
        <translation>无法修改 %1 的属性：%2</translation>
    </message>
</context>
<context>
    <name>sucai::ui::PreviewPane</name>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Select a file to see its details and a preview.</source>
        <translation>选择一个文件以查看其详细信息和预览。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类型</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>Cache-Control</source>
        <translation>Cache-Control</translation>
    </message>
    <message>
        <source>Content-Disposition</source>
        <translation>Content-Disposition</translation>
    </message>
    <message>
        <source>Content-Encoding</source>
        <translation>Content-Encoding</translation>
    </message>
    <message>
        <source>CRC64</source>
        <translation>CRC64</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>此类文件无法预览。</translation>
    </message>
    <message>
        <source>No player: this build of Sucai has no audio or video playback (Qt Multimedia). Download the file to play it.</source>
        <translation>没有播放器：此版本的素材不含音视频播放（Qt Multimedia）。请下载文件后播放。</translation>
    </message>
    <message>
        <source>Too large to preview (%1). Download it to view it.</source>
        <translation>文件太大，无法预览（%1）。请下载后查看。</translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation>无法显示此图片：%1</translation>
    </message>
    <message>
        <source>The object says it is gzip-compressed, but it is not.</source>
        <translation>该对象声明为 gzip 压缩，但实际不是。</translation>
    </message>
    <message>
        <source>This file holds binary data, not text.</source>
        <translation>此文件包含二进制数据，不是文本。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>… (showing the first %1)</source>
        <translation>…（仅显示前 %1）</translation>
    </message>
    <message>
        <source>CDN URL</source>
        <translation>CDN 链接</translation>
    </message>
</context>
<context>
    <name>sucai::ui::ProfileDialog</name>
    <message>
        <source>New Profile</source>
        <translation>新建配置</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>配置“%1”</translation>
    </message>
    <message>
        <source>e.g. Team assets</source>
        <translation>例如 团队素材</translation>
    </message>
    <message>
        <source>Tencent Cloud COS</source>
        <translation>腾讯云 COS</translation>
    </message>
    <message>
        <source>S3-compatible (AWS, MinIO, Ceph…)</source>
        <translation>S3 兼容（AWS、MinIO、Ceph…）</translation>
    </message>
    <message>
        <source>e.g. 1250000000</source>
        <translation>例如 1250000000</translation>
    </message>
    <message>
        <source>https://s3.example.com</source>
        <translation>https://s3.example.com</translation>
    </message>
    <message>
        <source>Path style (host/bucket/key)</source>
        <translation>路径风格（主机/存储桶/对象键）</translation>
    </message>
    <message>
        <source>Virtual host (bucket.host/key)</source>
        <translation>虚拟主机（存储桶.主机/对象键）</translation>
    </message>
    <message>
        <source>AWS Signature V4</source>
        <translation>AWS 签名 V4</translation>
    </message>
    <message>
        <source>COS signature (q-sign)</source>
        <translation>COS 签名（q-sign）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>optional, e.g. cdn.example.com</source>
        <translation>可选，例如 cdn.example.com</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>访问地址：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域：</translation>
    </message>
    <message>
        <source>APPID:</source>
        <translation>APPID：</translation>
    </message>
    <message>
        <source>Addressing:</source>
        <translation>寻址方式：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Default bucket:</source>
        <translation>默认存储桶：</translation>
    </message>
    <message>
        <source>CDN domain:</source>
        <translation>CDN 域名：</translation>
    </message>
    <message>
        <source>Access keys</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>QR sign-in (OpenID Connect + STS)</source>
        <translation>扫码登录（OpenID Connect + STS）</translation>
    </message>
    <message>
        <source>SecretId / access key ID</source>
        <translation>SecretId / 访问密钥 ID</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>不变（保存在钥匙串中）</translation>
    </message>
    <message>
        <source>SecretKey / secret access key</source>
        <translation>SecretKey / 访问密钥</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>AWS-compatible STS (Ceph, MinIO, AWS)</source>
        <translation>AWS 兼容 STS（Ceph、MinIO、AWS）</translation>
    </message>
    <message>
        <source>Tencent Cloud STS</source>
        <translation>腾讯云 STS</translation>
    </message>
    <message>
        <source>default: the endpoint</source>
        <translation>默认：访问地址</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>Access key ID:</source>
        <translation>访问密钥 ID：</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>权限范围：</translation>
    </message>
    <message>
        <source>STS:</source>
        <translation>STS：</translation>
    </message>
    <message>
        <source>STS endpoint:</source>
        <translation>STS 地址：</translation>
    </message>
    <message>
        <source>Provider ID:</source>
        <translation>身份提供商：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Session length:</source>
        <translation>会话时长：</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enter the secret key (it is kept in the system keychain).</source>
        <translation>请输入密钥（保存在系统钥匙串中）。</translation>
    </message>
    <message>
        <source>The secret key cannot contain spaces.</source>
        <translation>密钥不能包含空格。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The provider answers but does not offer sign-in from another device.</source>
        <translation>登录服务有应答，但不支持在其他设备上登录。</translation>
    </message>
    <message>
        <source>The sign-in provider answers and offers QR sign-in. Save, then sign in to reach the storage.</source>
        <translation>登录服务有应答，支持扫码登录。保存后登录即可访问存储。</translation>
    </message>
    <message>
        <source>Enter the secret key again to test it (it is not read back from the keychain here).</source>
        <translation>请再次输入密钥以测试（此处不会从钥匙串读回密钥）。</translation>
    </message>
    <message>
        <source>Connected: the keys can list the buckets.</source>
        <translation>已连接：此密钥可以列出存储桶。</translation>
    </message>
    <message>
        <source>Connected: the keys can read bucket “%1”.</source>
        <translation>已连接：此密钥可以读取存储桶“%1”。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::PropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>%1 的属性</translation>
    </message>
    <message>
        <source>none (the CDN or browser decides)</source>
        <translation>无（由 CDN 或浏览器决定）</translation>
    </message>
    <message>
        <source>e.g. attachment; filename=&quot;%1&quot;</source>
        <translation>例如 attachment; filename=&quot;%1&quot;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Content-Type:</source>
        <translation>Content-Type：</translation>
    </message>
    <message>
        <source>Cache-Control:</source>
        <translation>Cache-Control：</translation>
    </message>
    <message>
        <source>Content-Disposition:</source>
        <translation>Content-Disposition：</translation>
    </message>
    <message>
        <source>Content-Encoding:</source>
        <translation>Content-Encoding：</translation>
    </message>
    <message>
        <source>Storage class:</source>
        <translation>存储类型：</translation>
    </message>
    <message>
        <source>Saving copies the object onto itself with these headers; its bytes do not change. Archive classes take time to read back.</source>
        <translation>保存时会以这些头部把对象复制到自身；内容不会改变。归档类型的对象需要一段时间才能取回。</translation>
    </message>
    <message>
        <source>User metadata:</source>
        <translation>自定义元数据：</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>Cache-Control</source>
        <translation>Cache-Control</translation>
    </message>
    <message>
        <source>Content-Disposition</source>
        <translation>Content-Disposition</translation>
    </message>
    <message>
        <source>Content-Encoding</source>
        <translation>Content-Encoding</translation>
    </message>
    <message>
        <source>%1 must be plain ASCII text on one line.</source>
        <translation>%1 必须是单行的纯 ASCII 文本。</translation>
    </message>
    <message>
        <source>Metadata name &quot;%1&quot; may hold only letters, digits, - and _.</source>
        <translation>元数据名称“%1”只能包含字母、数字、- 和 _。</translation>
    </message>
    <message>
        <source>Metadata name &quot;%1&quot; appears twice.</source>
        <translation>元数据名称“%1”出现了两次。</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be plain ASCII text on one line (S3 sends metadata as HTTP headers).</source>
        <translation>“%1”的值必须是单行的纯 ASCII 文本（S3 以 HTTP 头部发送元数据）。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::QrCodeDialog</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation>复制链接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Image...</source>
        <translation>保存图片(&amp;S)...</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::QrCodeWidget</name>
    <message>
        <source>This link is too long for a QR code.</source>
        <translation>此链接太长，无法生成二维码。</translation>
    </message>
</context>
<context>
    <name>sucai::ui::SignInDialog</name>
    <message>
        <source>Sign In with QR Code</source>
        <translation>扫码登录</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open the link on any device, and sign in there. Nothing to type on this computer.</source>
        <translation>用手机相机扫描二维码，或在任意设备上打开链接并在那里登录。无需在这台电脑上输入任何内容。</translation>
    </message>
    <message>
        <source>Check that the other device shows this code:</source>
        <translation>请确认另一台设备显示的是这个代码：</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>登录代码</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>获取新代码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>代码将在 %1:%2 后过期</translation>
    </message>
    <message>
        <source>Getting a code…</source>
        <translation>正在获取代码…</translation>
    </message>
    <message>
        <source>Contacting the sign-in provider…</source>
        <translation>正在连接登录服务…</translation>
    </message>
    <message>
        <source>Waiting for you to scan the code and sign in…</source>
        <translation>等待扫码并登录…</translation>
    </message>
    <message>
        <source>✓
Signed in</source>
        <translation>✓
已登录</translation>
    </message>
    <message>
        <source>Approved. Getting storage keys…</source>
        <translation>已批准，正在获取存储密钥…</translation>
    </message>
    <message>
        <source>Sign-in was declined.</source>
        <translation>登录被拒绝。</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device. Get a new code to try again.</source>
        <translation>另一台设备拒绝了登录。获取新代码后可重试。</translation>
    </message>
    <message>
        <source>This code has expired.</source>
        <translation>此代码已过期。</translation>
    </message>
    <message>
        <source>The code expired before anyone signed in. Get a new code.</source>
        <translation>代码在登录前已过期，请获取新代码。</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>没有代码</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>sucai::ui::TransferPanel</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Move to front</source>
        <translation>移到最前</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Resume or retry the selected transfers</source>
        <translation>继续或重试所选传输</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) left</source>
        <translation>
            <numerusform>还剩 %n 个传输</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop files here to upload them to the folder shown.</source>
        <translation>把文件拖到这里，即可上传到当前显示的文件夹。</translation>
    </message>
    <message>
        <source>All transfers finished.</source>
        <translation>所有传输已完成。</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Transfers at once</source>
        <translation>同时进行的传输数</translation>
    </message>
    <message>
        <source>Bandwidth limit, each direction</source>
        <translation>带宽限制（上传、下载各自）</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限速</translation>
    </message>
    <message>
        <source>At once:</source>
        <translation>同时：</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>限速：</translation>
    </message>
    <message>
        <source>Copy URLs of All Finished Uploads</source>
        <translation>复制所有已完成上传的链接</translation>
    </message>
    <message>
        <source>Copy URLs</source>
        <translation>复制链接</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 个链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Resume All</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <source>Go on with every paused transfer, also those left unfinished last time</source>
        <translation>继续所有暂停的传输，包括上次未完成的</translation>
    </message>
    <message>
        <source>Copy CDN URLs of All Finished Uploads</source>
        <translation>复制所有已完成上传的 CDN 链接</translation>
    </message>
    <message>
        <source>Copy CDN URLs</source>
        <translation>复制 CDN 链接</translation>
    </message>
    <message numerus="yes">
        <source>%n CDN URL(s) copied.</source>
        <translation>
            <numerusform>已复制 %n 个 CDN 链接。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sucai::ui::TransfersController</name>
    <message>
        <source>%1 already exists in the bucket.</source>
        <translation>存储桶中已存在 %1。</translation>
    </message>
    <message>
        <source>%1 already exists on this computer.</source>
        <translation>本机上已存在 %1。</translation>
    </message>
    <message>
        <source>Cannot list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
</context>
<context>
    <name>sucai::ui::UsageBar</name>
    <message>
        <source>No data for this month yet</source>
        <translation>本月暂无数据</translation>
    </message>
    <message>
        <source>%1 used</source>
        <comment>an amount with no free part</comment>
        <translation>已用 %1</translation>
    </message>
    <message>
        <source>No free amount this month: all of it is billed</source>
        <translation>本月无免费额度：全部计费</translation>
    </message>
    <message>
        <source>No free amount this month</source>
        <translation>本月无免费额度</translation>
    </message>
    <message>
        <source>→ %1 on %2 (%3)</source>
        <comment>projected storage size on the last day</comment>
        <translation>→ %2 预计 %1（%3）</translation>
    </message>
    <message>
        <source>→ %1 by %2 (%3)</source>
        <comment>projected month total</comment>
        <translation>→ 至 %2 预计 %1（%3）</translation>
    </message>
    <message>
        <source>%1, few days of data</source>
        <comment>a projection shown as a range</comment>
        <translation>%1，数据天数较少</translation>
    </message>
    <message>
        <source>Month complete</source>
        <translation>本月已结束</translation>
    </message>
    <message>
        <source>free amount used up on %1</source>
        <translation>免费额度已于 %1 用完</translation>
    </message>
    <message>
        <source>runs out ~%1</source>
        <translation>约 %1 用完</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>caption parts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Latest daily average: %1 (%2)</source>
        <translation>最近日均：%1（%2）</translation>
    </message>
    <message>
        <source>Used this month: %1 (%2)</source>
        <translation>本月已用：%1（%2）</translation>
    </message>
    <message>
        <source>Free: %1 (%2) every day</source>
        <translation>免费额度：每天 %1（%2）</translation>
    </message>
    <message>
        <source>Free this month: %1 (%2)</source>
        <translation>本月免费额度：%1（%2）</translation>
    </message>
    <message>
        <source>Used: %1 of the free amount</source>
        <translation>已用免费额度的 %1</translation>
    </message>
    <message numerus="yes">
        <source>Projected by %1: %2, most likely %3 (only %n whole day(s) of data)</source>
        <translation>
            <numerusform>预计至 %1：%2，最可能为 %3（仅有 %n 整天的数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected by %1: %2 (%3)</source>
        <translation>预计至 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Free amount used up on %1</source>
        <translation>免费额度已于 %1 用完</translation>
    </message>
    <message>
        <source>At this pace the free amount runs out on %1</source>
        <translation>按当前速度，免费额度将于 %1 用完</translation>
    </message>
    <message>
        <source>Estimated beyond the free tier: %1 so far, %2 by the month&apos;s end</source>
        <translation>超出免费额度的预估费用：截至目前 %1，预计月底 %2</translation>
    </message>
    <message>
        <source>Data up to %1</source>
        <translation>数据截至 %1</translation>
    </message>
</context>
<context>
    <name>sucai::ui::UsageFormat</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 × 10k</source>
        <comment>requests in units of 10,000 (Chinese: 万次)</comment>
        <translation>%1 万次</translation>
    </message>
    <message>
        <source>%1 M</source>
        <comment>requests in millions</comment>
        <translation>%1 百万次</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>used / free amount</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of amounts</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of amounts with units</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>× 10k requests</source>
        <comment>axis unit, requests in units of 10,000 (Chinese: 万次)</comment>
        <translation>万次</translation>
    </message>
    <message>
        <source>M requests</source>
        <comment>axis unit, requests in millions</comment>
        <translation>百万次</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date: day and month (QLocale format)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date with the year (QLocale format)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>month and year (QLocale format)</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>sucai::ui::WelcomePage</name>
    <message>
        <source>Sign in with QR code</source>
        <translation>扫码登录</translation>
    </message>
    <message>
        <source>Scan a code with your phone and sign in through your organisation&apos;s login: temporary keys, nothing to type.</source>
        <translation>用手机扫码，通过所在组织的登录页登录：使用临时密钥，无需输入。</translation>
    </message>
    <message>
        <source>Add access keys</source>
        <translation>添加访问密钥</translation>
    </message>
    <message>
        <source>Tencent Cloud COS SecretId and SecretKey, or any S3 key pair. The secret stays in the system keychain.</source>
        <translation>腾讯云 COS 的 SecretId 和 SecretKey，或任意 S3 密钥对。密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Open the local demo</source>
        <translation>打开本地演示</translation>
    </message>
    <message>
        <source>A bucket of sample materials on this computer&apos;s demo server.</source>
        <translation>本机演示服务器上的示例素材存储桶。</translation>
    </message>
    <message>
        <source>Import AWS CLI profiles</source>
        <translation>导入 AWS CLI 配置</translation>
    </message>
    <message>
        <source>From ~/.aws/credentials and ~/.aws/config; secrets go to the keychain.</source>
        <translation>从 ~/.aws/credentials 和 ~/.aws/config 导入；密钥存入钥匙串。</translation>
    </message>
    <message>
        <source>Choose a bucket</source>
        <translation>选择存储桶</translation>
    </message>
    <message>
        <source>Welcome to Sucai</source>
        <translation>欢迎使用素材</translation>
    </message>
    <message>
        <source>Choose a bucket on the left to browse its materials, or add another account:</source>
        <translation>在左侧选择存储桶浏览其中的素材，或添加其他账号：</translation>
    </message>
    <message>
        <source>Sucai keeps your images, videos and documents in cloud storage at hand. Connect an account to begin:</source>
        <translation>素材让云存储中的图片、视频和文档随手可用。连接一个账号即可开始：</translation>
    </message>
    <message>
        <source>A bucket of sample materials on this computer&apos;s demo server (%1).</source>
        <translation>本机演示服务器（%1）上的示例素材存储桶。</translation>
    </message>
    <message>
        <source>Not running here: start it with packaging/demo.sh.</source>
        <translation>未在本机运行：请用 packaging/demo.sh 启动。</translation>
    </message>
    <message>
        <source>Local demo</source>
        <translation>本地演示</translation>
    </message>
</context>
</TS>
