"""The report's inline stylesheet and script (no fetch: the CSP forbids it)."""

from __future__ import annotations

CSS = """
:root{--ink:#1d2430;--muted:#5b6472;--line:#e3e6eb;--bg:#fbfaf7;--card:#fff;--accent:#7a3e9d;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--serif:Charter,"Iowan Old Style","Palatino Linotype",Palatino,Georgia,"DejaVu Serif",serif}
*{box-sizing:border-box}
html{scroll-padding-top:120px}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 var(--sans)}
.wrap,main{max-width:1100px;margin:0 auto;padding:0 24px}
header.top{background:linear-gradient(180deg,#2b2140,#3b2d57);color:#fff;padding:28px 0 22px}
.kicker{margin:0;font-size:12px;letter-spacing:.12em;text-transform:uppercase;opacity:.7}
h1{font:600 34px/1.2 var(--serif);margin:6px 0 4px}
.by{margin:0 0 12px;opacity:.85;font-size:16px}
.facts{display:flex;flex-wrap:wrap;gap:6px 22px;margin:0 0 12px}
.facts div{display:flex;gap:6px}.facts dt{opacity:.65}.facts dd{margin:0}
.stats{list-style:none;display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:0}
.stats li{background:rgba(255,255,255,.12);border-radius:999px;padding:3px 12px;font-size:13px}
.summary{margin-top:14px;max-width:760px;white-space:pre-wrap;font:15px/1.55 var(--serif);opacity:.92}
.summary .lbl{display:block;font:600 11px var(--sans);letter-spacing:.1em;text-transform:uppercase;opacity:.7}
nav.toc{position:sticky;top:0;z-index:5;background:rgba(251,250,247,.95);border-bottom:1px solid var(--line)}
nav.toc .wrap{display:flex;flex-wrap:wrap;gap:4px 16px;padding-top:8px;padding-bottom:8px;font-size:14px}
nav.toc a{color:var(--accent);text-decoration:none}nav.toc a:hover{text-decoration:underline}
details.contents{margin:0 0 14px;font-size:14px}details.contents summary{cursor:pointer;color:var(--accent)}
details.contents ol{columns:3 220px;margin:8px 0 0;padding-left:2.2em}
details.contents a{color:var(--ink);text-decoration:none}details.contents a:hover{color:var(--accent)}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;margin:22px 0;padding:18px 22px;
scroll-margin-top:48px}
h2{font:600 21px/1.3 var(--serif);margin:0 0 12px}h2 small{font:13px var(--sans);color:var(--muted);margin-left:6px}
h3{font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);margin:4px 0 10px}
.cols{display:grid;grid-template-columns:3fr 2fr;gap:28px}
@media (max-width:800px){.cols{grid-template-columns:1fr}}
table{border-collapse:collapse;width:100%;font-size:14px}
th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em;
border-bottom:2px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.absent td{color:var(--muted)}
td.al{color:var(--muted);max-width:340px}
.canon{color:var(--muted);font-size:13px}
td.tag{font-weight:600}
.sw{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:8px;vertical-align:-1px;
background:var(--c)}
.badge{font-size:12px;padding:1px 8px;border-radius:999px;white-space:nowrap}
.badge.romantic{background:#fde7ef;color:#a3154f}.badge.platonic{background:#e6f0fb;color:#1f5fa8}
.meter{display:inline-block;width:60px;height:6px;background:var(--line);border-radius:3px;vertical-align:middle;
overflow:hidden}.meter span{display:block;height:100%;background:var(--accent)}
.chip{display:inline-block;background:#f0edf5;border:1px solid #e2dcea;border-radius:999px;padding:1px 10px;
margin:2px 4px 2px 0;font-size:13px}
.tagrow .lbl,.legend .lbl,.seg .lbl{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.08em;
color:var(--muted);margin-bottom:2px}
.agrees{font-size:12px;font-weight:400;color:#2e7d32;margin-left:6px;white-space:nowrap}
.agree div{display:flex;gap:10px}.agree dt{color:var(--muted);min-width:110px}.agree dd{margin:0}
.empty{color:var(--muted);font-style:italic}
.note{color:var(--muted);font-size:13px;margin:8px 0 0}
a.jump{text-decoration:none;color:var(--accent)}
svg{display:block;width:100%;height:auto}
svg.net{max-width:760px;margin:0 auto}
svg.net line{stroke:#6c5a86;stroke-linecap:round}
svg.net circle{stroke:#fff;stroke-width:2}
svg.net text{font:13px var(--sans);text-anchor:middle;fill:var(--ink);paint-order:stroke;stroke:#fff;stroke-width:4px}
svg.tl{cursor:crosshair}
svg.tl .band{fill:#f4f2f7}svg.tl path{stroke-width:2;fill:none}
svg.tl .lab{font:13px var(--sans);text-anchor:end;fill:var(--ink)}
svg.tl .ax,svg.tl .chapl{font:11px var(--sans);fill:var(--muted)}svg.tl .ax{text-anchor:middle}
svg.tl .chap{stroke:#c9c3d3;stroke-dasharray:3 3}
.legend{position:sticky;top:38px;z-index:4;background:#fff;border-bottom:1px solid var(--line);
margin:0 -22px 18px;padding:8px 22px;display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.legend .lbl{margin:0 6px 0 0}
.who{font:13px var(--sans);border:1px solid var(--line);background:#fff;border-radius:999px;padding:2px 10px;
cursor:pointer;color:var(--c)}
.who small{color:var(--muted)}.who.on{background:var(--c);color:#fff}.who.on small{color:#fff}
.key{font-size:12px;color:var(--muted);margin-left:auto;display:flex;gap:10px;flex-wrap:wrap;align-items:center}
.hint{font-size:12px;color:var(--muted);margin:-10px 0 18px}
.mk-key{border-left:3px solid;padding-left:5px}.mk-key.shifted{border-left-style:dotted;border-color:#f3b878}.mk-key.tense{border-color:#d97706}.mk-key.pov{border-color:#0f766e}
.an-key{background:#f3f4f6;border:1px dashed #c4c8cf;padding:0 6px;border-radius:4px}
.text{font:18px/1.7 var(--serif);max-width:700px;margin:0 auto 0 190px;position:relative}
@media (max-width:960px){.text{margin-left:0}}
.text p{margin:0 0 .9em;white-space:pre-wrap;position:relative}
.text p.gap{text-align:center;color:var(--muted)}
.text p.has-pov::before,.text p.has-tense::before{content:"";position:absolute;left:-12px;top:.35em;bottom:.35em;
width:3px;border-radius:2px;background:#0f766e}
.text p.has-tense::before{background:#d97706}
.text p.off-tense::after{content:"";position:absolute;left:-12px;top:0;bottom:-.9em;border-left:3px dotted #f3b878}
.mk{position:absolute;right:calc(100% + 18px);top:.25em;width:165px;font:12px/1.35 var(--sans);white-space:normal;
display:flex;flex-direction:column;gap:4px}
@media (max-width:700px){.legend{position:static}section{padding:14px}.legend{margin:0 -14px 18px;padding:8px 14px}}
@media (max-width:960px){.mk{position:static;width:auto;flex-direction:row;margin-bottom:4px}}
.note.tense,.note.pov{display:block;margin:0;border-left:3px solid;padding:1px 0 1px 6px;color:var(--ink)}
.mk .tense{border-color:#d97706;background:#fff7ed}.mk .pov{border-color:#0f766e;background:#effaf8}
.mk b{font-weight:600}
.seg{margin:1.4em 0;font-family:var(--sans)}
.seg.author_note,.seg.summary,.seg.title{background:#f6f7f9;border:1px dashed #c4c8cf;border-radius:8px;
padding:10px 14px;font-size:15px;color:#3d4551}
.seg.author_note p,.seg.summary p,.seg.title p{margin:0 0 .5em}
.seg.chapter_heading h3{font:600 24px/1.3 var(--serif);text-transform:none;letter-spacing:0;color:var(--ink);
margin:1.6em 0 .8em;text-align:center}
hr.scene{border:0;text-align:center;margin:1.4em 0;height:1em}
hr.scene::after{content:"⁂";color:var(--muted)}
.q{color:var(--c);background:color-mix(in srgb,var(--c) 8%,transparent);
border-bottom:2px solid color-mix(in srgb,var(--c) 40%,transparent);border-radius:2px;cursor:pointer}
.q:hover,.q.pin{background:color-mix(in srgb,var(--c) 20%,transparent)}
.q.unk{--c:#59606b;border-bottom-style:dashed}
.q.ns{--c:#59606b;font-style:italic;background:none;border-bottom:1px dotted #aab}
.text.focus .q{opacity:.35}
.flash{animation:flash 1.6s ease-out}@keyframes flash{from{background:#fff3bf}to{background:transparent}}
#tip{position:absolute;z-index:20;max-width:320px;background:#1d2430;color:#fff;font:13px/1.45 var(--sans);
padding:8px 11px;border-radius:8px;box-shadow:0 6px 22px rgba(0,0,0,.25);pointer-events:none}
#tip .sp{font-weight:700;font-size:14px}#tip .sp i{display:inline-block;width:10px;height:10px;border-radius:50%;
margin-right:6px;vertical-align:0}
#tip .dim{opacity:.75}
@media print{nav.toc,.legend,.hint,#tip{display:none}section{break-inside:auto;border:0}
header.top{background:none;color:var(--ink)}.text{margin-left:170px}}
footer{text-align:center;color:var(--muted);font-size:12px;padding:10px 0 30px}
"""

# One set of delegated listeners for the whole document; tooltip content is set with
# textContent only, so no name or text from the story is ever parsed as HTML.
JS = r"""
(function(){
"use strict";
var D=JSON.parse(document.getElementById("ficlens-data").textContent);
var tip=document.getElementById("tip"),text=document.getElementById("text"),pinned=null,focusStyle=null;
function nm(id){var c=D.chars[id];return c?c.name:id;}
function line(parent,cls,str){var d=document.createElement("div");if(cls)d.className=cls;d.textContent=str;parent.appendChild(d);return d;}
function show(q){
  tip.textContent="";
  var ds=q.dataset;
  if(q.classList.contains("ns")){line(tip,"sp","Not speech");line(tip,"dim","a sign, a thought or a word mentioned");}
  else{
    var sp=line(tip,"sp",ds.s?nm(ds.s):"Speaker not identified");
    if(ds.s){var dot=document.createElement("i");dot.style.background=(D.chars[ds.s]||{}).color||"#888";sp.insertBefore(dot,sp.firstChild);}
    line(tip,"","to: "+(ds.a?ds.a.split(" ").map(nm).join(", "):"no one in particular / unknown"));
    line(tip,"dim","evidence: "+(ds.e||"none")+" · confidence "+Math.round(parseFloat(ds.c||"0")*100)+"%");
  }
  tip.hidden=false;
  var r=q.getBoundingClientRect(),w=tip.offsetWidth,h=tip.offsetHeight;
  var x=Math.min(Math.max(8,r.left),window.innerWidth-w-8),y=r.top-h-8;
  if(y<8)y=r.bottom+8;
  tip.style.left=(x+window.scrollX)+"px";tip.style.top=(y+window.scrollY)+"px";
}
function hide(){if(!pinned)tip.hidden=true;}
text.addEventListener("mouseover",function(ev){var q=ev.target.closest(".q");if(q&&!pinned)show(q);});
text.addEventListener("mouseout",function(ev){var q=ev.target.closest(".q");if(q&&!q.contains(ev.relatedTarget))hide();});
function jumpTo(offset){
  var ps=text.querySelectorAll("p[data-o]"),lo=0,hi=ps.length-1,best=0;
  while(lo<=hi){var mid=(lo+hi)>>1;if(+ps[mid].dataset.o<=offset){best=mid;lo=mid+1;}else hi=mid-1;}
  var p=ps[best];if(!p)return;
  p.scrollIntoView({block:"center"});p.classList.remove("flash");void p.offsetWidth;p.classList.add("flash");
}
function focus(id,btn){
  var on=btn.classList.contains("on");
  document.querySelectorAll(".who.on").forEach(function(b){b.classList.remove("on");});
  if(focusStyle){focusStyle.remove();focusStyle=null;}
  text.classList.toggle("focus",!on);
  if(!on){btn.classList.add("on");focusStyle=document.createElement("style");
    focusStyle.textContent='.text.focus .q[data-s="'+CSS.escape(id)+'"]{opacity:1}';document.head.appendChild(focusStyle);}
}
document.addEventListener("click",function(ev){
  var t=ev.target;
  var q=t.closest(".q");
  if(q&&text.contains(q)){
    if(pinned)pinned.classList.remove("pin");
    if(pinned===q){pinned=null;tip.hidden=true;return;}
    pinned=q;q.classList.add("pin");show(q);return;
  }
  if(pinned){pinned.classList.remove("pin");pinned=null;tip.hidden=true;}
  var b=t.closest(".who");if(b){focus(b.dataset.focus,b);return;}
  var j=t.closest("a.jump");if(j){ev.preventDefault();jumpTo(+j.dataset.jump);return;}
  var svg=t.closest("#tl");
  if(svg){var r=svg.getBoundingClientRect(),vb=svg.viewBox.baseVal,x=(ev.clientX-r.left)*vb.width/r.width;
    var L=+svg.dataset.left,R=+svg.dataset.right;if(x>=L&&x<=R)jumpTo((x-L)/(R-L)*D.length);}
});
})();
"""
