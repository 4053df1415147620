#!/usr/bin/env python3
"""Tabs through each page type of a built portal in headless Chromium: every link and control is reached, in DOM order, with a visible focus outline.  python3 Benchmarks/keyboard_check.py Site"""
import os, sys, time
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'tools'))
import a11y
from selenium.webdriver.common.keys import Keys
server = a11y.serve(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'Site')); port = server.server_address[1]
d = a11y.make_driver(30)
FOCUSABLE = "[...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])')].filter(e => e.offsetParent !== null || e.classList.contains('skip-link')).map(e => e.outerHTML.slice(0,60))"
bad = 0
for path in ['/', '/barnetrygd/', '/livshendelser/fa-barn/', '/tema/familie-og-barn/', '/sok/', '/etater/nav/', '/en/child-benefit/', '/naeringsliv/']:
    d.get(f'http://127.0.0.1:{port}{path}'); time.sleep(0.5)
    expected = d.execute_script('return ' + FOCUSABLE)
    seen = []
    body = d.find_element('tag name', 'body')
    for _ in range(len(expected) + 2):
        d.switch_to.active_element.send_keys(Keys.TAB)
        seen.append(d.execute_script('return document.activeElement.outerHTML.slice(0,60)'))
    order_ok = seen[:len(expected)] == expected
    outline = d.execute_script("const a=document.querySelector('main a, main input'); a.focus(); const s=getComputedStyle(a); return s.outlineStyle + ' ' + s.outlineWidth")
    print(path, len(expected), 'in order' if order_ok else 'ORDER DIFFERS', 'focus outline:', outline)
    if not order_ok: bad += 1; print(' expected', expected[:5]); print(' seen', seen[:5])
d.quit(); server.shutdown()
print(f"keyboard: {8-bad} passed, {bad} failed")
