import re,sys,pathlib
for p in sys.argv[1:]:
    raw=pathlib.Path(p).read_text()
    head,body=raw.split("=== TEXT ===\n",1)
    # remove marked quotes
    stripped=re.sub(r"⟦[^ ⟧]+ .*?⟧","Q",body,flags=re.S)
    stripped=re.sub(r"⟪note⟫.*?⟪/⟫","",stripped,flags=re.S)
    for i,l in enumerate(stripped.split("\n")):
        if re.search(r'["“”]',l): print(p,"UNMARKED:",l[:120])
    for m in re.finditer(r"⟦([^ ⟧]+) (.)",body):
        if m.group(2) not in '"“\'‘': print(p,"ODD START",m.group(0))
