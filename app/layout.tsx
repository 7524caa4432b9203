import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/i18n/LocaleProvider";
import { Header } from "@/components/layout/Header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Deploy Lab", template: "%s · Deploy Lab" },
  description: "Companheiro do workshop Deployment: Data Science pronta para produção.",
};

/**
 * Pages are prerendered in pt-BR. For a reader who chose English, the page
 * stays hidden until LocaleProvider has switched the text, so no Portuguese
 * flashes. A timer shows the page anyway if scripts never run.
 */
const HIDE_UNTIL_LOCALE = `try{if(localStorage.getItem("deploy-lab.locale")==="en"){var d=document.documentElement;d.classList.add("locale-pending");setTimeout(function(){d.classList.remove("locale-pending")},3000)}}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-BR" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: HIDE_UNTIL_LOCALE }} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100 dark:[color-scheme:dark]">
        <LocaleProvider>
          <Header />
          <main id="main">{children}</main>
        </LocaleProvider>
      </body>
    </html>
  );
}
