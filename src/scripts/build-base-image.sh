#!/usr/bin/env bash
# Builds the container base image (Debian 12 minbase + OpenJDK 17 JRE headless) from Debian
# packages alone, as a `docker save` tarball that Jib reads with -Dsp.image.base=tar://FILE.
# For machines that reach a Debian mirror but no container registry; no Docker daemon needed.
#
#   src/scripts/build-base-image.sh [OUTPUT_TAR]      default target/base-image/jre17-bookworm.tar
#
# Needs root (debootstrap runs package scripts in a chroot) and `apt-get install debootstrap`.
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian), SOURCE_DATE_EPOCH (file times
# in the layer; default 0). The same rootfs gives the same tarball; a later run may pick up newer
# Debian packages, so keep the tarball (or its sha256, printed at the end) with the release.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-$ROOT/target/base-image/jre17-bookworm.tar}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-0}"
APP_UID=10001

[ "$(id -u)" -eq 0 ] || { echo "build-base-image.sh: run as root (debootstrap needs it)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "build-base-image.sh: apt-get install debootstrap" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ROOTFS="$WORK/rootfs"

echo "== debootstrap bookworm (minbase + openjdk-17-jre-headless) from $MIRROR =="
debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
  || { tail -30 "$WORK/debootstrap.log" >&2; exit 1; }

# Trim what a runtime image never uses, and add the unprivileged user the image runs as.
rm -rf "$ROOTFS"/var/cache/apt/* "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/log/* \
  "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* \
  "$ROOTFS"/usr/share/locale/* "$ROOTFS"/tmp/* "$ROOTFS"/var/tmp/* "$ROOTFS"/root/.bash_history
echo "app:x:$APP_UID:" >>"$ROOTFS/etc/group"
echo "app:x:$APP_UID:$APP_UID:social-prescribing API:/tmp:/usr/sbin/nologin" >>"$ROOTFS/etc/passwd"
"$ROOTFS/usr/bin/java" -version >/dev/null 2>&1 || chroot "$ROOTFS" java -version

mkdir -p "$(dirname "$OUT")"
python3 - "$ROOTFS" "$OUT" <<'PY'
import hashlib, io, json, os, sys, tarfile
rootfs, out = sys.argv[1], sys.argv[2]
epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))

# One layer: every file of the rootfs in sorted order with fixed times, so equal input gives an
# equal layer digest.
layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.GNU_FORMAT) as tar:
    for dirpath, dirnames, filenames in os.walk(rootfs):
        dirnames.sort()
        for name in sorted(dirnames + filenames):
            path = os.path.join(dirpath, name)
            info = tar.gettarinfo(path, arcname=os.path.relpath(path, rootfs))
            info.mtime = min(info.mtime, epoch) if epoch else 0
            info.uname = info.gname = ""
            if info.isreg():
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                tar.addfile(info)
data = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(data).hexdigest()
config = {
    "architecture": "amd64", "os": "linux", "created": "1970-01-01T00:00:00Z",
    "config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                       "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
               "User": "10001:10001", "Cmd": ["java", "-version"]},
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created": "1970-01-01T00:00:00Z",
                 "created_by": "src/scripts/build-base-image.sh: debootstrap bookworm minbase + openjdk-17-jre-headless"}],
}
config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
layer_name = diff_id[7:] + "/layer.tar"
manifest = json.dumps([{"Config": config_name, "RepoTags": ["social-prescribing/jre17-base:bookworm"],
                        "Layers": [layer_name]}]).encode()
with tarfile.open(out, mode="w", format=tarfile.GNU_FORMAT) as tar:
    for name, content in ((config_name, config_bytes), (layer_name, data), ("manifest.json", manifest)):
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = len(content), 0, 0o644
        tar.addfile(info, io.BytesIO(content))
print("image config", "sha256:" + config_name[:-5], "layer", diff_id)
PY
echo "base image tarball: $OUT ($(du -h "$OUT" | cut -f1), sha256 $(sha256sum "$OUT" | cut -d' ' -f1))"
echo "use it with: ./mvnw -B package -Ppostgresql,image -DskipTests -Dsp.image.base=tar://$OUT"
