import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/i18n/LocaleProvider";
import { Header } from "@/components/layout/Header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Deploy Lab", template: "%s · Deploy Lab" },
  description: "Companheiro do workshop Deployment: Data Science pronta para produção.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-BR">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <LocaleProvider>
          <Header />
          <main id="main">{children}</main>
        </LocaleProvider>
      </body>
    </html>
  );
}
