"""Fill in a workbook in LibreOffice Calc through UNO, as a unit would by hand (python3-uno, Debian).

Usage: /usr/bin/python3 calc-fill.py SPEC.json

SPEC: {"file": "in.xlsx", "sheet": "市财政局", "save": "filled.xlsx",
       "steps": [{"set": {"K4": "已完成", "O5": "2021-09-28"}, "read": ["H4", "I4", "打印版!E5"],
                  "pdf": "step1.pdf", "sheetPdf": {"打印版": "print1.pdf"}}]}

Starts its own soffice (a fresh profile, a pipe of its own name) and opens the file hidden. Each step
types its texts into their cells (setFormula: as typed by hand, so 2021-09-28 becomes a date; picking
已完成 from the drop-down enters the same text), recalculates, reads the cells of "read" and prints the
workbook as PDF ("sheetPdf": one sheet alone, the others hidden while it is printed; a cell named
"Sheet!A1" is read on that sheet). Then it saves the workbook as XLSX and prints, as JSON, what each step read: per cell
its content type, shown text, value, formula and whether its number format is a date.
"""

import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def props(**values):
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name = name
        p.Value = value
        out.append(p)
    return tuple(out)


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(pipe, process):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext()
    )
    # soffice takes a few seconds to open its pipe: wait for it (or for soffice to fail), up to 150 s.
    deadline = time.monotonic() + 150
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if process.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    profile = tempfile.mkdtemp(prefix="lo-uno-profile-")
    pipe = f"fengong_calc_{os.getpid()}"
    process = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={url(profile)}",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"--accept=pipe,name={pipe};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = None
    try:
        context = connect(pipe, process)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(url(spec["file"]), "_blank", 0, props(Hidden=True))
        sheet = doc.Sheets.getByName(spec["sheet"])
        formats = doc.NumberFormats
        date_type = uno.getConstantByName("com.sun.star.util.NumberFormat.DATE")
        steps = []
        for step in spec["steps"]:
            for cell, text in step.get("set", {}).items():
                sheet.getCellRangeByName(cell).setFormula(text)
            doc.calculateAll()
            read = {}
            for name in step.get("read", []):
                on, _, at = name.rpartition("!")
                cell = (doc.Sheets.getByName(on) if on else sheet).getCellRangeByName(at)
                number_format = formats.getByKey(cell.NumberFormat)
                read[name] = {
                    "type": cell.Type.value,
                    "string": cell.getString(),
                    "value": cell.getValue(),
                    "formula": cell.getFormula(),
                    "date": bool(number_format.Type & date_type),
                    "format": number_format.FormatString,
                }
            steps.append(read)
            if "pdf" in step:
                doc.storeToURL(url(step["pdf"]), props(FilterName="calc_pdf_Export"))
            for alone, pdf in step.get("sheetPdf", {}).items():
                others = [s for s in doc.Sheets if s.Name != alone and s.IsVisible]
                for other in others:
                    other.IsVisible = False
                doc.storeToURL(url(pdf), props(FilterName="calc_pdf_Export"))
                for other in others:
                    other.IsVisible = True
        if "save" in spec:
            doc.storeToURL(url(spec["save"]), props(FilterName="Calc MS Excel 2007 XML"))
        doc.close(True)
        print(json.dumps(steps, ensure_ascii=False))
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:
                pass
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


main()
