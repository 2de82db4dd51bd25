"""`python -m bot directory import|export`: Open Referral UK interoperability for staff."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bot.directory import load_directory
from bot.i18n import project_root
from bot.oruk import export_services, import_services, merge, write_organization_files

EXIT_OK, EXIT_FAILED = 0, 1


def _plain(tables: dict[str, list[dict]]) -> dict[str, list[dict]]:
    return {
        t: [{k: v for k, v in row.items() if not k.startswith("__")} for row in rows]
        for t, rows in tables.items()
    }


def run_directory(args: argparse.Namespace, root: Path | None = None) -> int:
    """Run an import or an export; returns the exit code."""
    folder = (root or project_root()) / "directory"
    current = load_directory(folder)
    if args.directory_command == "export":
        page = export_services(_plain(current.tables))
        text = json.dumps(page, ensure_ascii=False, indent=2)
        if args.out:
            args.out.write_text(text + "\n", encoding="utf-8")
            print(f"exported {page.get('total_items', 0)} services to {args.out}")
        else:
            print(text)
        return EXIT_OK
    try:
        payload = json.loads(args.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    result = import_services(
        payload,
        default_area=args.area,
        source=args.source or args.file.name,
        assured_by=args.assured_by,
        today=datetime.now(UTC).date().isoformat(),
    )
    for place, reason in result.skipped:
        print(f"skipped {place}: {reason}")
    merged = merge(_plain(current.tables), result.tables)
    # Write into a scratch copy first and validate it; only then replace the real files.
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "directory"
        shutil.copytree(folder, scratch)
        new_terms = {t["id"] for t in merged.get("taxonomy_term", [])} - current.terms
        if new_terms:  # rewrite the taxonomy only when the import brings new terms
            print(f"new taxonomy terms: {', '.join(sorted(new_terms))} (add tax-<id> messages)")
            _write_taxonomy(
                scratch / "taxonomy.yaml",
                {
                    "taxonomy": merged.get("taxonomy", []),
                    "taxonomy_term": merged.get("taxonomy_term", []),
                },
            )
        written = write_organization_files(merged, scratch / "organizations")
        check = load_directory(scratch)
        if check.errors:
            for problem in check.errors:
                print(f"error: {problem}", file=sys.stderr)
            print("nothing was written", file=sys.stderr)
            return EXIT_FAILED
        print(f"imported {result.count} services; {len(result.skipped)} skipped")
        if args.dry_run:
            print("dry run: nothing was written")
            return EXIT_OK
        if new_terms:
            shutil.copy(scratch / "taxonomy.yaml", folder / "taxonomy.yaml")
        for path in written:
            shutil.copy(path, folder / "organizations" / path.name)
    return EXIT_OK


def _write_taxonomy(path: Path, tables: dict[str, list[dict]]) -> None:
    import yaml

    header = "# Firstport taxonomy (HSDS taxonomy and taxonomy_term). See directory/README.md.\n"
    path.write_text(
        header + yaml.safe_dump(tables, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
